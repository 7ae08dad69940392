"""The character bigram score of the mirror search: dictionary words, running text and the document itself.

The dictionary bigram (:func:`newsmend.repair.lm.char_model`) scores pairs inside words; the running-text model
(:mod:`newsmend.repair.context_model`) pairs across words; the document's own intact text is the best evidence for a
name or phrase damaged elsewhere in it. Punctuation gets priors of its own, read from how this document breaks.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

from newsmend.repair.context_model import context_model, keys
from newsmend.repair.convert import char_t2s, is_han
from newsmend.repair.gbk import (
    FULLWIDTH_OF,
)
from newsmend.repair.lm import char_model
from newsmend.repair.mirror.signature import Annotation
from newsmend.repair.readings import annotation_pattern

#: Log-score of a character the bigram model does not rank: ASCII, CJK punctuation, other GBK symbols.
ASCII_LOGP = -5.0
SYMBOL_LOGP = -18.0
#: Log-score of common CJK punctuation (rough relative frequency in news text, lowered so that a mark inside a
#: word loses to the character that completes the word; calibrated on the repair bench).
PUNCT_LOGP = {"，": -5.5, "。": -6.0, "、": -7.0, "“": -7.5, "”": -7.5, "：": -8.0, "《": -8.5, "》": -8.5,
              "（": -9.0, "）": -9.0, "？": -9.5, "！": -9.5, "；": -10.0, "…": -10.0, "—": -10.0, "·": -10.0,
              "‘": -10.5, "’": -10.5, "「": -11.0, "」": -11.0, "【": -11.5, "】": -11.5, "『": -12.0, "』": -12.0}
#: How often a character is followed by punctuation, before the document says otherwise, and how many of its
#: occurrences that prior is worth. News text breaks after about one character in eight, but most characters
#: never end a clause; the bench restores most documents with 0.02-0.04 (0.12: one document fewer). A
#: character never seen before punctuation in the document (在, 的) rarely ends a clause; one that often does may.
#: Prior weight 6 (was 3): a character's few occurrences in one document overstate its breaks (上 before ， makes
#: 上。 look likely where 上海 was meant); repair bench, seeds 0/3/7 and share/swallow 0.2/0, 1.0/1.0: 1-2 more
#: documents restored (folded) at every setting, 4-5 fewer punctuation-for-character errors; 10 and 20 restore
#: the same documents with more errors.
BREAK_RATE = 0.04
BREAK_PRIOR_WEIGHT = 6.0
#: How often a mark follows a mark (closing quotes and brackets after a sentence end).
MARK_AFTER_MARK = 0.05
#: Log-score of a space or newline (paragraph ends are frequent after punctuation).
SPACE_LOGP = -1.0
#: Log-score of a line break right after a Han character: paragraphs end on a mark. In the repair bench's clean
#: Chinese bodies, 1.1% of Han characters are followed by a line break (about -4.5), against 32% of sentence-end
#: marks and closing quotes (about SPACE_LOGP). Without it, a swallowed line break after a guessed character was
#: cheaper than the flattened comma the decoder really swallowed (上油， read as 上有 + a paragraph end).
LINE_BREAK_AFTER_HAN_LOGP = -4.5
#: Punctuation pairs: a closing mark right after a sentence end is common (。” ！」): a small bonus (a larger one
#: beats the character a lost byte completed, 过剩” read as 过。”); the same mark twice, two clause marks in a
#: row (。、) and after a sentence end any mark that neither closes a quote or bracket nor opens one (。》 。…) are
#: rare: a penalty. In the unlabelled Chinese news bodies, of 1,872 。 the 143 followed by a mark have ” 95, “ 37,
#: （ 7, 《 2, ） 1 and — 1 after them; none has 》.
CLOSE_BONUS = 1.0
PUNCT_PAIR_PENALTY = 4.0
CLOSES_AFTER = {end: frozenset("”’」』）") for end in "。！？"}
#: Log-penalty of a mark, a space or a line break right after an opening mark (“。, 《，, 《⏎), in the beam and in
#: stage 4's 。-or-character choice: in the extracted bodies of the 62 unlabelled Chinese news pages, none of 869
#: opening marks is followed by anything but a character or another opening mark (“《). Repair bench, damage kind:
#: 4, 8 and 12 give the same output.
OPENS = frozenset("“‘《（【「『")
MARK_AFTER_OPEN_PENALTY = 8.0
_REPEATABLE = frozenset("…—·")
CLAUSE_MARKS = frozenset("，、；：。")


NEWLINE = (0x0A,)
#: After a lost byte followed by an ASCII byte the decoder tossed a coin: swallow that byte or keep it. The
#: document's annotations right after a lost byte show its outcomes (``?(`` kept, ``?reading)`` swallowed); the
#: rate is read from them with Jeffreys' prior, this many pseudo-observations of each outcome (no evidence: even
#: odds). Only the odds are charged, to the less likely outcome (see :class:`Scorer`'s ``kept``): the priors of
#: what was swallowed, of a written ``?`` and of a lost byte before an unassigned pair (no coin) were calibrated
#: without a charge on the likelier one. Damage simulator (seeds 100-140, default settings): 8,832 annotations
#: after a lost byte in 1,195 of 3,239 documents, 31% kept; of all 32,063 lost bytes 19,249 swallowed an ASCII
#: byte, 8,334 kept one (30%), 4,480 met a high byte, 41 ended the text. The old charge (2 pseudo-observations of a
#: kept byte, swallows free) -> this, mirror_settings share/swallow 0.2/0, 1.0/0, 0.2/1.0, 1.0/1.0 (per document,
#: seed 0): CER 0.8608/0.2806/0.8843/0.2921% -> 0.8598/0.2771/0.8835/0.2921%, 10 outputs better (6 documents),
#: none worse (a swallowed line break, space or ASCII quote where the decoder swallows nothing); the repair bench's
#: damage kind (swallow 0.7) unchanged at seeds 0/7/3/11. With 1 pseudo-observation of each (add-one) setting 1.0/0
#: gains 4 documents, not 5; with 2 of each, 0.2/1.0 gains none.
SWALLOW_PRIOR_COUNT = 0.5


#: Weight of the document's own bigrams against the dictionary model: a name or phrase intact elsewhere in the
#: same text is the best evidence for a damaged occurrence. Calibrated on the seed page and the repair bench.
DOC_WEIGHT = 0.3
#: Weight of the character model counted on running news text (:mod:`newsmend.repair.context_model`) on Han pairs
#: across words, which the dictionary bigram scores only by frequency (the lift of its bigram over the unigram: see
#: :func:`_across_words`). Repair bench, damage kind, seeds 0/7/3/11: 0.15 moves 5 documents, all better (院他 read
#: for 院所 twice, 言二 for 言而, 海考t for 海”⏎); 0.3-0.6 gain more at seeds 7 and 3 (她/他 before 说, 谋新。海关)
#: but lose a character at seed 0 (」御 read 抗御), 0.8 and 1.0 read a whole short document out of phase. The trigram
#: in the 。-or-character re-decision was measured too and left out: its mark key stands for every mark, so a
#: comma's context (时，) raised the sentence end (时。可以 for 时常可以).
CONTEXT_WEIGHT = 0.15


#: The form the models compare a character in, simplified (a memo's lookup already: no cache of its own).
lm_char = char_t2s


def _across_words(prev: str, ch: str) -> float:
    """What running text says of ``ch`` after ``prev`` beyond its own frequency, log P(ch | prev) / P(ch) in the
    context model, for a pair no dictionary word holds (the dictionary bigram scores those, and only those)."""
    if not prev:
        return 0.0
    pair = keys(prev + ch, traditional=True)  # one key per character
    prev_key, key = pair[0], pair[1]
    if char_model().inside_word(prev_key, key):
        return 0.0
    model = context_model()
    # P(key | prev_key) is one step of ContextModel.prob from the unigram (the history is one key): made here, the
    # unigram is looked up once and serves as the ratio's denominator too.
    unigram = model.unigram(key)
    return math.log(model.extend(prev_key, key, unigram)[0] / unigram)


@lru_cache(maxsize=1 << 18)
def _base_logp(prev: str, ch: str) -> float:
    """Dictionary bigram log-score of ``ch`` after ``prev`` (compared in simplified form), plus what running text
    says of a Han pair across words."""
    if is_han(ch):
        inside = char_model().logp(lm_char(prev) if prev else "", lm_char(ch))
        return inside + CONTEXT_WEIGHT * _across_words(prev, ch)
    # ASCII punctuation in this text is flattened full-width punctuation: score it as such.
    prev, ch = FULLWIDTH_OF.get(prev, prev), FULLWIDTH_OF.get(ch, ch)
    if ch < "\x80":
        if ch == "\n" and is_han(prev):
            return LINE_BREAK_AFTER_HAN_LOGP
        if ch.isspace():  # no paragraph ends on an opening mark
            return SPACE_LOGP - MARK_AFTER_OPEN_PENALTY * (prev in OPENS)
        return ASCII_LOGP
    score = PUNCT_LOGP.get(ch, SYMBOL_LOGP)
    if prev in OPENS and ch not in OPENS:
        score -= MARK_AFTER_OPEN_PENALTY
    elif prev in CLOSES_AFTER and ch in CLOSES_AFTER[prev]:
        score += CLOSE_BONUS
    elif ((prev == ch and ch not in _REPEATABLE) or (prev in CLAUSE_MARKS and ch in CLAUSE_MARKS)
          or (prev in CLOSES_AFTER and ch not in OPENS)):
        score -= PUNCT_PAIR_PENALTY
    return score


#: A first byte of a vanished pair, the character it completes, and the second bytes worth trying after it (each
#: with how well its character follows that one).
Vanishing = tuple[int, str, list[tuple[float, int]], list[tuple[float, int]]]


class Scorer:
    """The dictionary bigram model mixed with the bigrams of the document being repaired."""

    def __init__(self, text: str, anns: Sequence[Annotation] = ()) -> None:
        self._clean = clean = _trusted(text)
        lost = [a.paren for a in anns if a.start and text[a.start - 1] == "?"]
        rate = (len(lost) - sum(lost) + SWALLOW_PRIOR_COUNT) / (len(lost) + 2 * SWALLOW_PRIOR_COUNT)
        odds = math.log(rate / (1.0 - rate))
        #: Log-score of a lost byte's coin, the decoder's swallow rate read from the annotations right after a lost
        #: byte (:data:`SWALLOW_PRIOR_COUNT`): the log-odds against keeping the ASCII byte after it, when keeping
        #: is the less likely outcome, else 0 ...
        self.kept = min(0.0, -odds)
        #: ... and against swallowing it, when swallowing is (a decoder that keeps every ``(``). Charging both
        #: outcomes their log-probability (rate 0.7 without evidence) read ‘ for 。⏎ before an unassigned pair in one
        #: bench document (seed 11); charging swallows as the old kept charge (2 pseudo-observations of a swallow)
        #: lost youth's 。”⏎ before 盧 (seed 0).
        self.swallowed = min(0.0, odds)
        # Pairs without ``?`` or an ASCII letter: those of the pieces between them, counted in C.
        pieces = _NOT_PAIRED.split(clean)
        self._pairs = Counter(chain.from_iterable(map(operator.add, piece, piece[1:]) for piece in pieces))
        self._firsts = Counter(clean)
        #: ASCII bytes the document uses that a ``?`` may have swallowed (not letters: they pair with the byte).
        self.ascii_marks = tuple(sorted({*(ord(c) for c in self._firsts if " " <= c < "\x7f" and not c.isalpha()
                                           and c not in FULLWIDTH_OF), *NEWLINE}))

        self._breaks = _break_counts(clean)
        #: Scores by previous character, then character: two lookups and no key to build (the search asks ~3,000
        #: times per document for a few hundred distinct pairs).
        self._memo: defaultdict[str, dict[str, float]] = defaultdict(dict)
        #: What follows and what precedes the characters asked about so far (see :meth:`_adjacent`).
        self._near: tuple[dict[str, set[str]], dict[str, set[str]]] = ({}, {})
        #: The searches' rankings of lost bytes and vanished pairs: they depend on this document's pairs, not on the
        #: segment, so every segment's search shares them (a third of a document's rankings repeat across segments).
        self.ranked_lost: dict[tuple[int, str, tuple[tuple[str, float], ...]], list[tuple[int, bool]]] = {}
        self.vanishing: dict[tuple[int, str, int, str], list[tuple[tuple[int, int], ...]]] = {}
        self.seconds: dict[tuple[int, int, str], list[Vanishing]] = {}

    def _adjacent(self, ch: str, side: int) -> set[str]:
        """What the document shows right after ``ch`` (side 1) or right before it (side -1), in the pairs it
        counts: found where ``ch`` occurs when first asked (the search asks about a few dozen characters, not the
        thousand a document has)."""
        memo = self._near[side > 0]
        found = memo.get(ch)
        if found is None:
            seen = ch in self._firsts and ch not in _UNPAIRED  # most asked about are not in the text at all
            found = memo[ch] = _beside(self._clean.split(ch), ch, side) if seen else set()
        return found

    @property
    def pairs(self) -> Counter[str]:
        """The character pairs this document shows intact (each counted)."""
        return self._pairs

    def neighbours_among(self, prev: str, nxt: str, among: frozenset[str]) -> frozenset[str]:
        """Characters of ``among`` this document shows right after ``prev`` or right before ``nxt``."""
        return (among & self._adjacent(prev, 1)) | (among & self._adjacent(nxt, -1))

    def __call__(self, prev: str, ch: str) -> float:
        row = self._memo[prev]  # the outer level makes its dictionary on demand: only the inner one misses
        score = row.get(ch)  # not try/except: a third of the calls miss, and a raised KeyError costs 3 lookups
        if score is None:
            score = row[ch] = self._score(prev, ch)
        return score

    def _score(self, prev: str, ch: str) -> float:
        if ch in PUNCT_LOGP or ch in FULLWIDTH_OF:
            return self._punct(FULLWIDTH_OF.get(prev, prev), FULLWIDTH_OF.get(ch, ch))
        base = _base_logp(prev, ch)
        seen = self._pairs.get(prev + ch, 0)
        if not seen:
            return base + _NO_DOC
        doc = seen / self._firsts[prev]
        return math.log((1.0 - DOC_WEIGHT) * math.exp(base) + DOC_WEIGHT * doc)

    def _punct(self, prev: str, mark: str) -> float:
        """A mark after ``prev``: how often ``prev`` ends a clause in this document (smoothed), times the mark.

        After another mark the document cannot tell: the mechanism destroys the commonest pair, 。” (a3 | a1
        straddles as ！), wherever it occurs, so a fixed rate stands in."""
        if prev in PUNCT_LOGP:
            p_break = MARK_AFTER_MARK
        else:
            seen = self._breaks.get(prev, 0)
            total = self._firsts.get(prev, 0)
            p_break = (seen + BREAK_PRIOR_WEIGHT * BREAK_RATE) / (total + BREAK_PRIOR_WEIGHT)
        return math.log(p_break) + _base_logp(prev, mark) - PUNCT_LOGP["，"]


def _trusted(text: str) -> str:
    """``text`` without what may be misread, ``?`` where it was cut: annotations go (an aligned one joins its
    neighbours, which were adjacent in the original), and so does the run after each ``?`` up to the next ASCII
    byte (it may be out of phase; damaged runs repeat, and must not vouch for themselves)."""

    def drop(m: re.Match[str]) -> str:  # \x01 stands for the ASCII bytes of an aligned one until the runs are cut
        return "?" if m.start() and text[m.start() - 1] == "?" else "\x01"

    marked = annotation_pattern().sub(drop, text)
    return _AFTER_LOST.sub("?", marked).replace("\x01", "")


_AFTER_LOST = re.compile(r"\?[,:;!()?]?[^\x00-\x7f]*")


def _beside(pieces: list[str], ch: str, side: int) -> set[str]:
    """The characters right after (side 1) or right before (side -1) each occurrence of ``ch`` in the text
    ``pieces`` came from, split at ``ch`` (C-speed split instead of a find per occurrence), except those
    :data:`_NOT_PAIRED` stops: the piece after an occurrence opens with its right neighbour, an empty inner piece
    means ``ch`` itself (the text's end and start have no neighbour)."""
    if len(pieces) < 2:
        return set()
    inner = pieces[1:-1]
    if side > 0:
        found = {piece[0] for piece in inner if piece}
        found.update(pieces[-1][:1])
    else:
        found = {piece[-1] for piece in inner if piece}
        found.update(pieces[0][-1:])
    if len(pieces) > 2 and not all(inner):
        found.add(ch)
    return found - _UNPAIRED


def _break_counts(text: str) -> Counter[str]:
    """For each character, how often punctuation follows it in ``text``."""
    return Counter(_BEFORE_MARK.findall(text))


#: A character followed by punctuation (``?`` marks a cut in the trusted text, not a mark).
_BEFORE_MARK = re.compile("(.)(?=[" + re.escape("".join(sorted((set(PUNCT_LOGP) | set(FULLWIDTH_OF)) - {"?"})))
                          + "])", re.DOTALL)
#: What breaks the document's character pairs: a cut and ASCII letters (words, not Chinese neighbours).
_NOT_PAIRED = re.compile(r"[?A-Za-z]+")
_UNPAIRED = frozenset("?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


_NO_DOC = math.log(1.0 - DOC_WEIGHT)
