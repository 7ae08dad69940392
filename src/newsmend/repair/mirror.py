"""Undo spam-mirror damage: injected ``(pinyin)`` annotations and the GBK bytes they destroyed.

How the damage was made (``docs/damage.md``): simplified text converted to traditional one character at a time,
encoded in GBK, ``bytes.replace(gbk(C), gbk(C) + "(pinyin)")`` for every character of a table (so annotations also
land between the trail byte of one character and the lead byte of the next), full-width punctuation flattened to
ASCII on the bytes, then a lenient decode (an invalid pair becomes ``?``, sometimes swallowing the next ASCII byte).

The repair runs that chain backwards, in numbered stages:
  1. cheap pre-check: no ``(pinyin)`` after a non-ASCII character or ``?`` -> nothing to do;
  2. signature: aligned annotations ``C(reading(C))`` of characters whose simplified form differs, every
     occurrence annotated; their bytes are the annotation table. No signature -> nothing to do (real pinyin in
     teaching texts, genuine traditional text and English stay untouched);
  3. per segment (between ASCII bytes that cannot be trail bytes) holding a ``?``, a beam search over the
     original GBK byte stream (:class:`_Search`): every damaged character offers the bytes it may stand for;
     annotations emit nothing but require the two bytes before them to encode a character with that reading; a
     table character formed without its annotation is a violation; a character bigram model (dictionary words,
     plus running text for pairs across words), mixed with the document's own in-phase text, ranks what the
     constraints leave open; where the intact quotes of a paragraph leave a lost byte the only place for the
     mark they need (a quote open on the left and closed nowhere else), a reading without it is charged. A run
     read out of phase may also be cut where a pair in GBK's user-defined ranges vanished (decoders that map
     them to private use drop them): two bytes the input does not hold, tried only where the input reads on
     badly and only as attested neighbours or as the character an annotation names. Segments without ``?``
     decoded in phase: only their annotations go. Where the search has one move per position (before a
     segment's first ``?``, and wherever every reading goes through one node until the last table annotation
     before the next ``?``), those moves are made without it;
  4. on the best path, each lost lead completed by the ``A3`` of a flattened mark is decided again between 。
     (``A1A3``) and a character whose second byte is ``A3`` (both rebuild the input exactly): jieba's word model
     over both sides, the 。 reading as a sentence end and a new start, with what a quotation mark after it says
     (:class:`_Stops`);
  5. on the best path, each lost trail of the ``A1`` row read as a paired mark (quotes, title marks, brackets) its
     paragraph does not balance (a ” or 》 closing nothing, a “ inside an open quote) is decided again among that
     row's marks (:class:`_Quotes`);
  6. the best byte stream is decoded in phase and compared with the input: one edit per repaired region.
Written by hand: no library models lenient-decoding damage; the search is specific to this mechanism.
"""

from __future__ import annotations

import heapq
import math
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from newsmend.repair.config import RepairConfig
from newsmend.repair.context_model import context_model, keys
from newsmend.repair.convert import char_s2t, char_t2s, is_han
from newsmend.repair.fixer import Pass
from newsmend.repair.gbk import (
    FULLWIDTH_LEAD,
    FULLWIDTH_OF,
    HIGH_BYTE,
    LEAD_BYTES,
    decode_pair,
    encode_char,
    pair_table,
    trails_of,
)
from newsmend.repair.lm import char_model, default_model
from newsmend.repair.readings import annotation_pattern, keys_by_reading, reading
from newsmend.repair.trail import Edit

#: Lowest GBK trail byte: an annotation follows the trail of its character, which may be an ASCII letter.
_MIN_TRAIL = 0x40
#: ASCII below 0x40 except the marks flattening produces (``,:?()!;``): never a trail byte, always a boundary.
_SYNC = re.compile(r"[\x00-\x20\x22-\x27\x2a\x2b\x2d-\x39\x3c-\x3e]+")
_TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňḿ"
#: Stage 1: an annotation-shaped ``(pinyin)`` right after a non-ASCII character or a ``?``.
_QUICK = re.compile(rf"[^\x00-\x7f?]\(?[a-z{_TONE_LETTERS}]{{1,7}}\)|\?\(?[a-z{_TONE_LETTERS}]{{1,7}}\)")

#: Signature: at least this many annotation occurrences of traditional-only characters (or annotations after a
#: ``?``, which normal text never has). Calibrated on the repair bench: short damaged bodies at share 0.2 have 2+.
MIN_SIGNATURE = 2
#: Signature: share of aligned annotations on characters whose simplified form differs. Teaching texts annotate
#: simplified characters (``对(duì)``): near 0; the mirror annotates converted characters only: near 1.
MIN_TRADITIONAL_SHARE = 0.8
#: Signature: share of the occurrences of annotated characters left without annotation. The mirror annotates every
#: occurrence (only rare splits escape it); a teaching text annotates the first few.
MAX_UNANNOTATED_SHARE = 0.25

#: Log-score of a table character whose bytes appear without its annotation (a bytes.replace misses none).
VIOLATION = -40.0
#: Log-score of an annotation whose character is not in the observed table (a straddle-only table entry).
NEW_KEY = -6.0
#: Extra log-score when that character is not even a converted (traditional-only) character.
SAME_SCRIPT_KEY = -8.0
#: Hypotheses kept per position. Repair bench (seeds 0, 3, 7; share/swallow 0.2/0, 1.0/1.0): 6 restores the same
#: documents as 8 and 24; 4 loses one at share 1.0. Rechecked at seeds 0/7 after the lookahead and state changes of
#: the third session: 8 and 10 repair 2-4 more characters per 79 documents (16 no more than 6) for 10-20% more
#: time, the same documents restored; kept at 6 for speed.
BEAM = 6
#: Log-score of dropping an annotation the bytes before it do not explain (a byte the mechanism cannot account
#: for); cheaper than reading ``(pinyin)`` as text, dearer than readings the constraints explain. The bench
#: restores the same documents at -30 and -45; at -45 the literal reading wins on the seed page.
UNEXPLAINED = -30.0
#: Charged when a lead byte waits for its trail, refunded when the character completes: a hypothesis in the middle
#: of a character competes fairly with one that has already paid for its character (about a common character).
PENDING_CHARGE = -8.0
#: Hypotheses further than this below the best at a position are dropped (a missed annotation costs 40; the
#: bench restores the same documents with 20 and 30).
BEAM_MARGIN = 12.0
#: Candidates kept for one lost byte before the following text judges them (ranked by the bigram on the left, plus
#: every candidate that joins a neighbour in a word). 6 and 10 restore the same bench documents. Sixth session,
#: repair bench, damage kind, seeds 0/7/3/11: 4 gives CER 0.30901/0.30826/0.30551/0.29801% -> 0.30771/0.30672/
#: 0.30527/0.29798% (7 documents better, none worse: fewer weak candidates to crowd the beam, 谋新海。关 ->
#: 谋新。海关) for 5-12% less time; 3 is worse at seed 11, a beam of 4 worse at all four.
TOP_LOST = 4
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
_CLOSES_AFTER = {end: frozenset("”’」』）") for end in "。！？"}
#: Log-penalty of a mark, a space or a line break right after an opening mark (“。, 《，, 《⏎), in the beam and in
#: stage 4's 。-or-character choice: in the extracted bodies of the 62 unlabelled Chinese news pages, none of 869
#: opening marks is followed by anything but a character or another opening mark (“《). Repair bench, damage kind:
#: 4, 8 and 12 give the same output.
_OPENS = frozenset("“‘《（【「『")
MARK_AFTER_OPEN_PENALTY = 8.0
_REPEATABLE = frozenset("…—·")
_CLAUSE_MARKS = frozenset("，、；：。")
#: Lost-byte candidates (best first) that are also tried with a swallowed byte after them (2 and 4 restore the same
#: bench documents at every swallow setting tried); a lost trail's are ranked twice, with the input's next character
#: and with a swallowed line break or comma as the right neighbour (the input's next character ranked ” far below “
#: before 减, where ”⏎ had been swallowed).
TOP_SWALLOW = 2
#: ... and with a swallowed ASCII byte that is not punctuation (rarer: digits, hyphens, spaces).
TOP_SWALLOW_OTHER = 2
#: Prior log-probability of the full-width mark a swallowed ASCII byte stood for (relative frequency in news).
SWALLOWED_PRIOR = {",": -0.3, ":": -3.0, "?": -4.0, "(": -3.5, ")": -3.5, "!": -4.5, ";": -4.5}
#: Prior log-probability of the mark a swallowed byte stood for when it straddled two characters: its second byte
#: is the lead of the next character, and A1 (the row of 。、“”《》) follows far more often than any Han row.
STRADDLE_PRIOR = {"!": -0.5, ",": -3.5, ":": -3.5, "?": -3.5, "(": -4.0, ")": -4.0, ";": -3.5}
#: Prior log-probability that a swallowed byte was some other ASCII character of the document (``-``, digits...).
SWALLOWED_OTHER = -2.0
#: Prior log-probability that a swallowed byte was a line break (paragraphs often end right after a character
#: whose byte was lost: 。” at a paragraph end always straddles).
SWALLOWED_NEWLINE = -0.5
_NEWLINE = (0x0A,)
#: A lost byte followed by an ASCII byte the decoder kept (not swallowed) is charged the log-probability of a kept
#: byte, read from the document's annotations right after a lost byte, starting from this many pseudo-observations
#: of a kept one: without evidence (a short text) nothing is charged, as the priors above were calibrated.
KEPT_PRIOR_WEIGHT = 2.0
#: The right neighbours a swallowed byte most often gives a lost trail, with their priors: a line break and a
#: flattened ，(see _Search._ranked_swallowing).
_SWALLOW_RIGHTS = (("\n", SWALLOWED_NEWLINE), (FULLWIDTH_OF[","], SWALLOWED_PRIOR[","]))
#: Log-score of a private-use pair the lenient decoder dropped (damage.md step 5; Python's GBK codec rejects these
#: pairs, a browser's maps them to private-use characters that vanish): rare, and two bytes the input does not hold.
#: Calibrated on the seed page (two such pairs); the repair bench, which has none, keeps its output at -12.
VANISHED = -6.0
#: A pair is only looked for where the input, read on, pairs the cut's lead with the next byte into a character
#: rarer than this (unigram log-probability) or into nothing: a dropped pair leaves the bytes after it paired across
#: characters, which mostly makes a rare character. The seed's two cuts read on as 怂 (-12.5) and 譤 (-21).
VANISH_TRIGGER = -11.0
#: ... or that joins the character before it worse than this (bigram log-score; a dropped pair also makes common
#: characters in odd places). Calibrated on constructed sentences with a dropped pair (tests/repair/test_mirror.py).
VANISH_TRIGGER_JOIN = -9.0
#: Private-use pairs tried at one cut, best first by the bigram model.
TOP_VANISHED = 2
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
#: Most a one-character lookahead adds to the ranking key of a node with no lead pending: nothing, as a character's
#: log-score is at most 0 (the margin only absorbs rounding: a bound summed in another order than the key may
#: differ in the last bit) ...
_AHEAD_SETTLED = 1e-6
#: ... and to one with a lead pending: the charge its character will refund.
_MAX_AHEAD = -PENDING_CHARGE + _AHEAD_SETTLED
#: Confidence of an annotation drop, of bytes fixed by constraints, and of a byte only the model chose.
CONF_ANNOTATION, CONF_CONSTRAINED, CONF_GUESSED = 0.99, 0.9, 0.5


def fix(text: str, config: RepairConfig, flags: frozenset[str]) -> Pass:
    """Find mirror damage in ``text`` and propose the edits that undo it.

    Flags: ``"mirror-spam"`` and ``"converted-script"`` when the signature is present; ``"unrecoverable"`` when
    the best reading had to guess what the input no longer holds (a byte the decoder swallowed, an annotation
    the bytes before it do not explain); those edits carry a low confidence.

    >>> from newsmend.repair.config import RepairConfig
    >>> found = fix("當(dāng)地時(shí)間", RepairConfig(), frozenset())
    >>> [(e.start, e.end, e.after) for e in found.edits], sorted(found.flags)
    ([(1, 7, ''), (9, 14, '')], ['converted-script', 'mirror-spam'])
    """
    if not _QUICK.search(text):
        return Pass()
    anns = list(_annotations(text))
    table = _signature(text, anns)
    if table is None:
        return Pass()
    edits: list[Edit] = []
    flags_out = {"mirror-spam", "converted-script"}
    scorer = _Scorer(text, anns)
    starts = [a.start for a in anns]
    for start, end in _segments(text):
        mine = anns[bisect_left(starts, start):bisect_left(starts, end)]
        cut, before = _forced_prefix(text, start, end, mine, table)
        # Without a lost byte the decoder never lost phase: only aligned annotations to drop; the same holds
        # before the cut, where the search could only follow one reading.
        edits.extend(_annotation_drops(text, start, mine[:before]))
        if cut == end:
            continue
        rest = [_Annotation(a.start - cut, a.end - cut, a.reading, a.paren) for a in mine[before:]]
        head = text[cut - 1] if cut > start else ""
        search = _Search(text[cut:end], table, scorer, rest, _Context(text, cut, end), _after(head))
        # The lookahead can crowd the beam with readings that die later; a dead search is retried without it.
        found = search.run(lookahead=True)
        if found is None:
            found = search.run(lookahead=False)
        if search.unrecoverable or found is None:
            flags_out.add("unrecoverable")
        if found is None:
            edits.extend(_annotation_drops(text, cut, mine[before:]))
        else:
            edits.extend(Edit(e.start + cut, e.end + cut, e.after, e.kind, e.confidence) for e in found)
    return Pass(edits, frozenset(flags_out))


def _forced_prefix(text: str, start: int, end: int, anns: list[_Annotation],
                   table: frozenset[int]) -> tuple[int, int]:
    """Where the search of the segment ``[start, end)`` must start, and how many of its annotations ``anns`` come
    before: ``end`` when it holds no ``?``, else the last annotation before the first ``?`` that an aligned table
    character explains, as long as every annotation before it is such (``start`` when the first is not).

    Before the first lost byte the decoder was in phase, and an aligned table character's annotation is the only
    move the search has there (no literal reading, no unexplained drop), so it follows a single reading up to that
    point; its state after the annotation's character depends on that character alone (see :func:`_after`)."""
    first = text.find("?", start, end)
    if first < 0:
        return end, len(anns)
    cut, before = start, 0
    for k, ann in enumerate(anns):
        if ann.start >= first or not _explains(text, start, ann, table):
            break
        cut, before = ann.start, k
    return cut, before


def _path(node: _Node) -> list[_Step]:
    """The steps from the root of ``node``'s search to it."""
    steps = []
    while node.step is not None and node.back is not None:
        steps.append(node.step)
        node = node.back
    steps.reverse()
    return steps


def _explains(text: str, start: int, ann: _Annotation, table: frozenset[int]) -> bool:
    """The character before ``ann`` in ``text`` (none when ``ann`` opens the stretch read from ``start``), read in
    phase, is a table character whose reading ``ann`` gives (see :func:`_names`)."""
    raw = encode_char(text[ann.start - 1]) if ann.start > start else None
    return raw is not None and len(raw) == 2 and _names(raw[0] << 8 | raw[1], ann, table)


def _names(key: int, ann: _Annotation, table: frozenset[int]) -> bool:
    """``ann`` is the aligned annotation of the table character of GBK bytes ``key``: a ``(reading)`` it has."""
    return ann.paren and key in table and key in keys_by_reading()[ann.reading]


def _after(ch: str) -> _State:
    """The search state right after the two-byte character ``ch`` read in phase (the start for ``""``)."""
    raw = encode_char(ch) if ch else None
    return (raw[0], raw[1], False, False, False, ch) if raw is not None and len(raw) == 2 else _START


class _Annotation(NamedTuple):
    """An injected ``(reading)`` (``paren``) or a bare reading after a ``?``, at ``[start, end)``. A named tuple: a
    spam page holds ~10^3 and a frozen dataclass builds ~3x slower."""

    start: int
    end: int
    reading: str
    paren: bool


def _annotations(text: str) -> Iterator[_Annotation]:
    """Annotation-shaped spans whose reading is a real reading, after a non-ASCII character or ``?``."""
    index = keys_by_reading()
    for m in annotation_pattern().finditer(text):
        start = m.start()
        before = text[start - 1] if start else ""
        real = m.group(2) in index and before and (before == "?" or ord(before) >= _MIN_TRAIL)
        if real and (m.group(1) or before == "?"):
            yield _Annotation(start, m.end(), m.group(2), bool(m.group(1)))


def _signature(text: str, anns: list[_Annotation]) -> frozenset[int] | None:
    """Stage 2: the annotation table (GBK pairs) when ``text`` carries the mirror signature, else None."""
    table: set[str] = set()
    traditional = aligned = annotated = 0
    after = Counter((text[ann.start - 1], ann.reading) for ann in anns if ann.paren or text[ann.start - 1] == "?")
    after_lost = sum(n for (before, _), n in after.items() if before == "?")
    for (before, named), n in after.items():  # each character and reading once: readings are looked up
        if before != "?" and reading(before) == named:
            aligned += n
            annotated += n
            table.add(before)
            traditional += n * (char_t2s(before) != before)
    if traditional + after_lost < MIN_SIGNATURE or traditional < MIN_TRADITIONAL_SHARE * aligned:
        return None
    occurrences = sum(text.count(ch) for ch in table)
    if occurrences and (occurrences - annotated) > MAX_UNANNOTATED_SHARE * occurrences:
        return None
    keys = {encode_char(ch) for ch in table}
    return frozenset(k[0] << 8 | k[1] for k in keys if k is not None and len(k) == 2)


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """Stretches between sync characters: an ASCII byte below 0x40 that flattening cannot make (digits, spaces,
    newlines, ``-``...) is never a trail byte, so the original stream is between characters there and the
    stretches can be searched one by one."""
    start = 0
    for m in _SYNC.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _annotation_drops(text: str, start: int, anns: list[_Annotation]) -> list[Edit]:
    """Drop the annotations ``anns`` (of a stretch of ``text`` from ``start``) the bytes before them explain, read
    in phase: the character before, or the trail of the character before an ASCII letter and that letter (all
    there is without a lost byte; the fallback else)."""
    edits, index = [], keys_by_reading()
    for ann in anns:
        if not ann.paren:
            continue
        raw = encode_char(text[ann.start - 1]) if ann.start > start else None  # the common case: a Han character
        if raw is None or len(raw) != 2:
            raw = text[max(start, ann.start - 2):ann.start].encode("gbk", "replace")
        if len(raw) >= 2 and (raw[-2] << 8 | raw[-1]) in index[ann.reading]:
            edits.append(Edit(ann.start, ann.end, "", "mirror-annotation", CONF_ANNOTATION))
    return edits


@lru_cache(maxsize=65536)
def _lm_char(ch: str) -> str:
    return char_t2s(ch)


def _across_words(prev: str, ch: str) -> float:
    """What running text says of ``ch`` after ``prev`` beyond its own frequency, log P(ch | prev) / P(ch) in the
    context model, for a pair no dictionary word holds (the dictionary bigram scores those, and only those)."""
    if not prev:
        return 0.0
    prev_key, key = keys(prev + ch, traditional=True)
    if char_model().neighbours_among(prev_key, "", frozenset(key)):
        return 0.0
    model = context_model()
    return math.log(model.prob(prev_key, key) / model.unigram(key))


@lru_cache(maxsize=1 << 18)
def _base_logp(prev: str, ch: str) -> float:
    """Dictionary bigram log-score of ``ch`` after ``prev`` (compared in simplified form), plus what running text
    says of a Han pair across words."""
    if is_han(ch):
        inside = char_model().logp(_lm_char(prev) if prev else "", _lm_char(ch))
        return inside + CONTEXT_WEIGHT * _across_words(prev, ch)
    # ASCII punctuation in this text is flattened full-width punctuation: score it as such.
    prev, ch = FULLWIDTH_OF.get(prev, prev), FULLWIDTH_OF.get(ch, ch)
    if ch < "\x80":
        if ch == "\n" and is_han(prev):
            return LINE_BREAK_AFTER_HAN_LOGP
        if ch.isspace():  # no paragraph ends on an opening mark
            return SPACE_LOGP - MARK_AFTER_OPEN_PENALTY * (prev in _OPENS)
        return ASCII_LOGP
    score = PUNCT_LOGP.get(ch, SYMBOL_LOGP)
    if prev in _OPENS and ch not in _OPENS:
        score -= MARK_AFTER_OPEN_PENALTY
    elif prev in _CLOSES_AFTER and ch in _CLOSES_AFTER[prev]:
        score += CLOSE_BONUS
    elif ((prev == ch and ch not in _REPEATABLE) or (prev in _CLAUSE_MARKS and ch in _CLAUSE_MARKS)
          or (prev in _CLOSES_AFTER and ch not in _OPENS)):
        score -= PUNCT_PAIR_PENALTY
    return score


class _Scorer:
    """The dictionary bigram model mixed with the bigrams of the document being repaired."""

    def __init__(self, text: str, anns: list[_Annotation] = ()) -> None:
        self._clean = clean = _trusted(text)
        lost = [a.paren for a in anns if a.start and text[a.start - 1] == "?"]
        #: Log-probability that the decoder kept the ASCII byte after a lost byte, estimated from the annotations
        #: right after one (``?(`` kept, ``?reading)`` swallowed), from a prior of always kept (no charge).
        self.kept = math.log((sum(lost) + KEPT_PRIOR_WEIGHT) / (len(lost) + KEPT_PRIOR_WEIGHT))
        # Pairs without ``?`` or an ASCII letter: those of the pieces between them, counted in C.
        pieces = _NOT_PAIRED.split(clean)
        self._pairs = Counter(chain.from_iterable(map(operator.add, piece, piece[1:]) for piece in pieces))
        self._firsts = Counter(clean)
        #: ASCII bytes the document uses that a ``?`` may have swallowed (not letters: they pair with the byte).
        self.ascii_marks = tuple(sorted({*(ord(c) for c in self._firsts if " " <= c < "\x7f" and not c.isalpha()
                                           and c not in FULLWIDTH_OF), *_NEWLINE}))

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
        self.seconds: dict[tuple[int, int, str], list[_Vanishing]] = {}

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

    def neighbours_among(self, prev: str, nxt: str, among: frozenset[str]) -> set[str]:
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


# A search state: (byte before last, last byte, last byte is a pending lead, an annotation sits between the two,
# an annotation follows the last byte, last completed character).
_State = tuple[int, int, bool, bool, bool, str]
_START: _State = (-1, -1, False, False, False, "")


@dataclass(slots=True)
class _Step:
    """One move of the search: input ``[start, end)`` emitted ``data`` (bytes with their input positions).

    Never changed once made; not frozen because the search makes tens of thousands per document and a frozen
    dataclass's ``__init__`` costs four times as much."""

    start: int
    end: int
    data: tuple[tuple[int, int], ...] = ()
    annotation: bool = False
    run: bool = False  # ``data`` is the input run itself, aligned or not (see _Search._run)
    guessed: bool = False  # the language model chose among several readings
    lost: bool = False  # the input no longer holds what was there (a swallowed mark, an unexplained annotation)
    vanished: tuple[tuple[int, int], ...] = ()  # a private-use pair the decoder dropped, emitted after the step


@dataclass(slots=True)
class _Node:
    """A hypothesis of the beam (not frozen, for the same reason as :class:`_Step`)."""

    score: float
    state: _State
    back: _Node | None
    step: _Step | None
    key: float = 0.0  # the score plus a one-character lookahead: what the beam ranks by


_BY_KEY = attrgetter("key")
#: A first byte of a vanished pair, the character it completes, and the second bytes worth trying after it (each
#: with how well its character follows that one).
_Vanishing = tuple[int, str, list[tuple[float, int]], list[tuple[float, int]]]


class _Search:
    """Stage 3 on one segment: a beam search over the original byte stream (see the module docstring)."""

    def __init__(self, line: str, table: frozenset[int], lm: _Scorer, anns: list[_Annotation],
                 context: _Context | None = None, start: _State | None = None) -> None:
        self.line = line
        #: The state before the segment's first byte: after the character before it when the search starts at a
        #: cut (see :func:`_forced_prefix`).
        self.start = start or _START
        self.context = context or _Context(line, 0, len(line))
        self.lm = lm
        self.table = table
        self.anns = {a.start: a for a in anns}
        self.run_end = _run_ends(line)
        self._chars = pair_table()
        self._run_cache: dict[tuple[int, bool], tuple[float, str] | None] = {}
        self._ranked_cache: dict[tuple[int, int, str], list[tuple[int, bool]]] = {}
        self._cut_cache: dict[int, list[tuple[int, int, str, bool]]] = {}
        self._quote_cache: dict[tuple[int, str, bool], float] = {}
        self._needed_cache: dict[tuple[int, bool], tuple[str, ...]] = {}
        self._sides_cache: dict[int, tuple[str, str]] = {}
        self._marks_cache: dict[int, frozenset[str]] = {}
        self._floors: list[float] = []  # during run(): below these keys, nodes are not kept (see run)
        #: After :meth:`run`: the best reading had to guess something the input no longer holds.
        self.unrecoverable = False

    # -- byte machine --------------------------------------------------------------------------------------
    def _push(self, state: _State, byte: int) -> tuple[_State, float] | None:
        """Emit one original byte: complete or start a character, charge a missed annotation."""
        p2, p1, pending, split, annotated, last = state
        delta = 0.0
        if not annotated and not split and p2 >= 0 and (p2 << 8 | p1) in self.table:
            delta += VIOLATION
        if pending:
            ch = self._chars[p1 << 8 | byte]  # decode_pair without its calls: p1 is a lead, byte a byte
            if ch is None:
                return None
            delta += self.lm(last, ch) - PENDING_CHARGE
            return (p1, byte, False, annotated, False, ch), delta
        if byte < HIGH_BYTE:
            ch = chr(byte)
            if byte < _MIN_TRAIL:  # no pair ends here: what came before no longer matters (one state, not many)
                return (-1, byte, False, False, False, ch), delta + self.lm(last, ch)
            return (p1, byte, False, annotated, False, ch), delta + self.lm(last, ch)
        if byte in LEAD_BYTES:
            return (p1, byte, True, annotated, False, last), delta + PENDING_CHARGE
        return None

    def _push_all(self, state: _State, data: tuple[tuple[int, int], ...]) -> tuple[_State, float] | None:
        total = 0.0
        for byte, _ in data:
            moved = self._push(state, byte)
            if moved is None:
                return None
            state, delta = moved
            total += delta
        return state, total

    def _annotate(self, state: _State, ann: _Annotation) -> tuple[_State, float] | None:
        """An annotation after the last byte: the last two bytes must encode a character with its reading."""
        p2, p1, pending, split, annotated, last = state
        key = p2 << 8 | p1
        if annotated or p2 < HIGH_BYTE or key not in keys_by_reading()[ann.reading]:
            return None
        delta = 0.0
        if key not in self.table:
            ch = decode_pair(p2, p1) or ""
            delta = NEW_KEY + (SAME_SCRIPT_KEY if char_t2s(ch) == ch else 0.0)
        return (p2, p1, pending, split, True, last), delta

    # -- moves ---------------------------------------------------------------------------------------------
    def _moves(self, i: int, state: _State, reach: float) -> Iterator[tuple[_Step, _State, float]]:
        ch = self.line[i]
        ann = self.anns.get(i)
        if ann is not None and ann.paren:
            moved = self._annotate(state, ann)
            if moved:
                yield _Step(i, ann.end, annotation=True), *moved
                if moved[1] == 0.0:  # a known table character annotated as expected: not literal text
                    return
            # Injected for sure on a spam page, but the bytes before it do not explain it: drop it anyway.
            yield _Step(i, ann.end, annotation=True, guessed=True, lost=True), state, UNEXPLAINED
        if ch == "?":
            moves = chain(self._lost(i, state, reach), self._ascii(i, state))
            # Where the paragraph's quotes need a mark here, every reading is charged by what it leaves open.
            yield from self._quoted(i, state, moves) if self._needed(i, False) or self._needed(i, True) else moves
            return
        if ch < "\x80":
            yield from self._ascii(i, state)
            return
        data = encode_char(ch)
        if data is None or len(data) != 2:
            if not state[2]:
                yield _Step(i, i + 1), (-1, -1, False, False, False, ch), 0.0
            return
        yield from self._run(i, state)

    def _ascii(self, i: int, state: _State) -> Iterator[tuple[_Step, _State, float]]:
        """An ASCII character at ``i`` as it is, or as the full-width mark it was flattened from."""
        ch = self.line[i]
        if ch == "?" and not state[2] and is_han(state[5]) and self._han_at(i + 1):
            # Not a lost byte (that reading is offered by _lost): a flattened ？, which the punctuation fixer
            # cannot tell from a lost character, so it is restored here.
            yield from self._single(i, state, _fullwidth(ch, i))
        else:
            yield from self._single(i, state, ((ord(ch), i),))
        if ch in FULLWIDTH_OF and (state[2] or (ch != "?" and self._lost_then_annotated(i + 1))):
            yield from self._single(i, state, _fullwidth(ch, i))

    def _lost_then_annotated(self, i: int) -> bool:
        """A ``?`` at ``i`` right before an annotation: a flattened mark before it may hold the first byte of the
        annotated pair (the annotation went in between the mark's trail byte and the next lead, then the mark was
        flattened), so the mark is also read as its full-width bytes."""
        return i < len(self.line) and self.line[i] == "?" and i + 1 in self.anns

    def _han_at(self, i: int) -> bool:
        return i < len(self.line) and is_han(self.line[i])

    def _single(self, i: int, state: _State, data: tuple[tuple[int, int], ...], end: int | None = None,
                guessed: bool = False, lost: bool = False) -> Iterator[tuple[_Step, _State, float]]:
        moved = self._push_all(state, data)
        if moved:
            yield _Step(i, i + 1 if end is None else end, data, guessed=guessed or lost, lost=lost), *moved

    def _suspect(self, last: str, ahead: str | None, pinned: str) -> bool:
        """The character the input reads on into after ``last`` (``ahead``) hints at a dropped pair: there is none,
        it is rare or joins ``last`` badly, or the annotation after it names another reading."""
        if ahead is None or (pinned and reading(ahead) != pinned):
            return True
        return (char_model().unigram_logp(_lm_char(ahead)) < VANISH_TRIGGER
                or self.lm(last, ahead) < VANISH_TRIGGER_JOIN)

    def _vanishing_pairs(self, lead: int, last: str, nxt: int, pinned: str) -> list[tuple[tuple[int, int], ...]]:
        """Private-use pairs (a, b) that may have vanished after ``lead``: ``a`` completes ``lead``, ``b`` and the
        next byte ``nxt`` form a character; only pairs whose two characters are attested neighbours (in this
        document or inside a dictionary word) or whose second character has the reading ``pinned`` (the annotation
        after the next input character names it), the best :data:`TOP_VANISHED` by the bigram model."""
        key = (lead, last, nxt, pinned)
        cached = self.lm.vanishing.get(key)
        if cached is not None:
            return cached
        attested, named = [], []
        for a, left, near, names in self._vanishing_seconds(lead, nxt, pinned):
            base = self.lm(last, left)
            attested.extend((base + join, a, b) for join, b in near)
            named.extend((base + join, a, b) for join, b in names)
        best = sorted(attested, reverse=True)[:TOP_VANISHED] + sorted(named, reverse=True)[:TOP_VANISHED]
        cached = self.lm.vanishing[key] = [((a, -1), (b, -1)) for _, a, b in dict.fromkeys(best)]
        return cached

    def _vanishing_seconds(self, lead: int, nxt: int, pinned: str) -> list[_Vanishing]:
        """For :meth:`_vanishing_pairs`, what does not depend on the character before ``lead``: each first byte
        ``a`` that has any, the character it completes, and the second bytes ``b`` that are attested after it or
        read ``pinned``, with the score of the character ``b`` and ``nxt`` make after it."""
        key = (lead, nxt, pinned)
        cached = self.lm.seconds.get(key)
        if cached is not None:
            return cached
        cached = []
        for a, left in _private_first(lead):
            seconds = _private_second(a >= _PRIVATE_WIDE, nxt)
            near = {seconds.by_char[ch] for ch in self.lm.neighbours_among(left, "", seconds.chars)}
            near.update(_words_after(left, a >= _PRIVATE_WIDE, nxt))
            names = seconds.named(pinned) if pinned else ()
            if near or names:  # most first bytes offer no second worth trying: nothing to score after them
                cached.append((a, left, [(self.lm(left, decode_pair(b, nxt)), b) for b in near],
                               [(self.lm(left, decode_pair(b, nxt)), b) for b in names]))
        self.lm.seconds[key] = cached
        return cached

    def _best_right(self, ch: str, rights: tuple[tuple[str, float], ...]) -> float:
        """How well ``ch`` joins the likeliest of the right neighbours the input allows (0 when none is known)."""
        return max((prior + self.lm(ch, right) for right, prior in rights), default=0.0)

    def _run(self, i: int, state: _State) -> Iterator[tuple[_Step, _State, float]]:
        """A run of intact characters, aligned or one byte out of phase; its inside is scored once per phase."""
        j = self.run_end[i]
        raw = self.line[i:j].encode("gbk")
        head = ((raw[0], i), (raw[1], i))
        moved = self._push_all(state, head)
        if moved is None:
            return
        state, delta = moved
        head_state, head_delta = moved
        if j > i + 1:
            inner = self._inner(i, j, raw, state)
            if inner is None:
                return
            extra, last = inner
            state = (raw[-2], raw[-1], state[2], False, False, last)
            delta += extra
        yield _Step(i, j, run=True), state, delta
        if head_state[2]:
            yield from self._vanished_in_run(i, j, raw, head_state, head_delta)

    def _vanished_in_run(self, i: int, j: int, raw: bytes, state: _State,
                         delta: float) -> Iterator[tuple[_Step, _State, float]]:
        """An out-of-phase run cut after one of its characters by a pair the decoder dropped (damage.md step 5):
        the run's bytes up to the cut, then two bytes the input no longer holds. ``state``/``delta``: after the
        run's first two bytes. Only the cuts :meth:`_cuts` finds are tried, and the run's bytes are pushed only
        as far as the last of them."""
        done = i + 1  # the run's characters before ``done`` are pushed
        for t, nxt_byte, pinned, checked in self._cuts(i, j, raw):
            while done < t:
                k = 2 * (done + 1 - i)
                moved = self._push_all(state, ((raw[k - 2], done), (raw[k - 1], done)))
                if moved is None:
                    return
                state, delta, done = moved[0], delta + moved[1], done + 1
            if not checked and not self._suspect(state[5], decode_pair(state[1], nxt_byte), pinned):
                continue  # the input reads on as it is: nothing dropped here
            for pair in self._vanishing_pairs(state[1], state[5], nxt_byte, pinned):
                moved = self._push_all(state, pair)
                if moved is not None:
                    step = _Step(i, t, run=True, lost=True, vanished=pair)
                    yield step, moved[0], delta + moved[1] + VANISHED

    def _cuts(self, i: int, j: int, raw: bytes) -> list[tuple[int, int, str, bool]]:
        """Where an out-of-phase run ``[i, j)`` may have lost a pair: ``(t, next byte, reading the annotation after
        it names, whether the input is already known to read on badly there)``. After its first character the run
        reads the same whatever came before it, so those cuts are checked once per run; the first one depends on
        the character the run's first byte completes and is left to the caller."""
        cached = self._cut_cache.get(i)
        if cached is not None:
            return cached
        line, cuts = self.line, []
        state: _State | None = (raw[0], raw[1], True, False, False, "")
        for t in range(i + 1, j + 1):
            if t > i + 1:
                k = 2 * (t - i)
                moved = self._push_all(state, ((raw[k - 2], t - 1), (raw[k - 1], t - 1)))
                if moved is None:
                    break
                state = moved[0]
            nxt = line[t] if t < len(line) else ""
            if not nxt or nxt == "?" or (nxt < "\x80" and nxt < chr(_MIN_TRAIL)):
                continue
            after = self.anns.get(t + 1)
            pinned = after.reading if after is not None and after.paren else ""
            nxt_byte = _first_byte(nxt) if nxt >= "\x80" else ord(nxt)
            if t == i + 1:
                cuts.append((t, nxt_byte, pinned, False))
            elif self._suspect(state[5], decode_pair(state[1], nxt_byte), pinned):
                cuts.append((t, nxt_byte, pinned, True))
        self._cut_cache[i] = cuts
        return cuts

    def _inner(self, i: int, j: int, raw: bytes, state: _State) -> tuple[float, str] | None:
        """Score of the run's bytes after its first character (aligned) or first byte pair (shifted)."""
        shifted = state[2]
        if not shifted:
            key = (i, False)
            if key not in self._run_cache:
                text, total = self.line[i:j], 0.0
                for k in range(1, len(text)):
                    total += self.lm(text[k - 1], text[k])
                self._run_cache[key] = (total, text[-1])
            return self._run_cache[key]
        first = decode_pair(raw[1], raw[2])
        if first is None:
            return None
        key = (i, True)
        if key not in self._run_cache:
            self._run_cache[key] = self._shifted(raw, first)
        cached = self._run_cache[key]
        if cached is None:
            return None
        return cached[0] + self.lm(state[5], first), cached[1]

    def _shifted(self, raw: bytes, first: str) -> tuple[float, str] | None:
        """Score of ``raw[1:-1]`` read as pairs (one byte out of phase), after ``first`` = pair (raw[1], raw[2])."""
        total, prev = 0.0, first
        for k in range(3, len(raw) - 1, 2):
            ch = decode_pair(raw[k], raw[k + 1])
            if ch is None:
                return None
            total += self.lm(prev, ch)
            prev = ch
        return total, prev

    def _lost(self, i: int, state: _State, reach: float) -> Iterator[tuple[_Step, _State, float]]:
        """A ``?``: one lost high byte, maybe followed by a swallowed ASCII byte (``(`` or flattened punctuation).

        Unlikely alternatives (a swallowed byte) are skipped, before they are built, when :meth:`_hopeless`: the
        beam would cut them anyway. ``reach``: what the node being expanded adds to that bound (see :meth:`run`)."""
        p1, pending = state[1], state[2]
        ann = self.anns.get(i + 1)
        if ann is not None:
            if p1 < HIGH_BYTE:
                return
            for trail in _named_trails(ann.reading, p1):
                moved = self._push(state, trail)
                if moved is None:
                    continue
                after = self._annotate(moved[0], ann)
                if after:
                    yield _Step(i, ann.end, ((trail, i),), annotation=True), after[0], moved[1] + after[1]
            return
        nxt = self.line[i + 1] if i + 1 < len(self.line) else ""
        nxt_byte = _first_byte(nxt)
        # A move that completes its last character gains nothing from the lookahead (see _AHEAD_SETTLED).
        settled = reach - _MAX_AHEAD + _AHEAD_SETTLED
        ranked = self._ranked_lost(i, state)
        plain = len(ranked)  # read with the input's next character; those added after it only swallow a byte
        swallowers = {x for x, _ in ranked[:TOP_SWALLOW]}
        if pending:
            # A swallowed byte, not the input's next character, is the right neighbour: the likeliest before one
            # swallow too.
            known = {x for x, _ in ranked}
            swallowing = self._ranked_swallowing(state)
            swallowers.update(x for x, _ in swallowing)
            ranked = ranked + [pick for pick in swallowing if pick[0] not in known]
        if pending and p1 == _MARK_ROW:  # a mark the paragraph needs here may end it: it swallows a line break too
            needed = {mark.encode("gbk")[1] for mark in self._needed(i, True)}
            swallowers.update(x for x, _ in ranked if x in needed)
        for rank, (x, guessed) in enumerate(ranked):
            data = ((x, i),)
            swallow = x in swallowers
            if pending:
                # x completes a character; the decoder gave up on (x, next byte), or x swallowed a byte.
                base = self._push(state, x)
                if base is None:
                    continue
                if rank < plain and (nxt_byte < 0 or decode_pair(x, nxt_byte) is None):
                    kept = self.lm.kept if "\x00" < nxt < "\x80" else 0.0
                    yield _Step(i, i + 1, data, guessed=guessed), base[0], base[1] + kept
                if not swallow:
                    continue
                for mark, prior in SWALLOWED_PRIOR.items():
                    # Scored before it is made: the mark's lead is charged and refunded, the mark scores as itself.
                    if base[1] + prior + self.lm(base[0][5], FULLWIDTH_OF[mark]) + settled >= self._floors[i + 1]:
                        fw = _fullwidth(mark, i)
                        if move := self._then(base, _Step(i, i + 1, data + fw, guessed=True, lost=True), fw, prior):
                            yield move
                others = self.lm.ascii_marks if rank < TOP_SWALLOW_OTHER else _NEWLINE
                if self._hopeless(i, base[1] + SWALLOWED_NEWLINE + settled):
                    continue  # the likeliest of them is cut anyway
                for other in others:
                    prior = SWALLOWED_NEWLINE if other == _NEWLINE[0] else SWALLOWED_OTHER
                    # Its score is known before it is made (one ASCII character after the completed one).
                    if base[1] + prior + self.lm(base[0][5], chr(other)) + settled < self._floors[i + 1]:
                        continue
                    if decode_pair(x, other) is not None:
                        continue  # the decoder would have read the pair
                    if move := self._then(base, _Step(i, i + 1, (*data, (other, i)), guessed=True, lost=True),
                                          ((other, i),), prior):
                        yield move
                continue
            # x starts a character completed by the A3 of flattened punctuation: the next mark (not swallowed)
            # or a swallowed one, whose second byte the next character must then complete.
            if nxt in FULLWIDTH_OF:  # one move for both, so the character is scored before the beam is cut
                for step, after, delta in self._single(i, state, data + _fullwidth(nxt, i + 1), end=i + 2,
                                                       guessed=guessed):
                    yield step, after, delta + self.lm.kept
            base = self._push_all(state, ((x, i), (FULLWIDTH_LEAD, i)))
            if base is None:
                continue
            for mark, prior in STRADDLE_PRIOR.items():
                if base[1] + prior + PENDING_CHARGE + reach < self._floors[i + 1]:
                    continue  # its last byte starts the next character: charged, not yet refunded
                if nxt == "?" or decode_pair(_FULLWIDTH_TRAIL[mark], nxt_byte) is not None:
                    fw = _fullwidth(mark, i)
                    if move := self._then(base, _Step(i, i + 1, data + fw, guessed=True), fw[1:], prior):
                        yield move

    def _quoted(self, i: int, state: _State,
                moves: Iterator[tuple[_Step, _State, float]]) -> Iterator[tuple[_Step, _State, float]]:
        """``moves`` from the ``?`` at ``i``, each charged what the paired marks of its paragraph say of the
        character its lost byte completes, if any (see :meth:`_quote_charge`)."""
        for step, after, delta in moves:
            made = self._chars[state[1] << 8 | step.data[0][0]] if state[2] and step.data else None
            ends = any(byte == _NEWLINE[0] for byte, _ in step.data)
            yield step, after, delta + self._quote_charge(i, made or "", ends)

    def _quote_charge(self, i: int, made: str, ends_paragraph: bool) -> float:
        """:data:`QUOTE_UNBALANCED` for each paired mark the reading of the lost byte at ``i`` leaves unbalanced
        where its paragraph says so for sure: a mark ``made`` there that balances nothing on a side, and a mark
        the paragraph needs there (:meth:`_needed`) that it does not make. ``ends_paragraph``: the reading
        swallows a line break after it."""
        key = (i, made, ends_paragraph)
        cached = self._quote_cache.get(key)
        if cached is None:
            left, right = self._paragraph_sides(i)
            unbalanced = _unbalanced(left, "" if ends_paragraph else right, made)
            unbalanced += sum(mark != made for mark in self._needed(i, ends_paragraph))
            cached = self._quote_cache[key] = QUOTE_UNBALANCED * unbalanced
        return cached

    def _needed(self, i: int, ends_paragraph: bool) -> tuple[str, ...]:
        """The paired marks the paragraph needs at the lost byte ``i``, the only place left for them: a closing
        mark where its kind is open on the left and not closed before the next opening or the paragraph's end,
        an opening one where it is not open and the first of its kind on the right closes (:func:`_sides`, with
        no lost byte between). A reading that swallows a line break there ends the paragraph: the left needs
        its closing marks, and the new paragraph on the right the openings no reading there can give it."""
        key = (i, ends_paragraph)
        cached = self._needed_cache.get(key)
        if cached is None:
            # Only a kind the paragraph shows can need a mark (most paragraphs show none).
            shown = self._paragraph_marks(i)
            if shown:
                left, right = self._paragraph_sides(i)
                pieces = ((left, ""), ("", right)) if ends_paragraph else ((left, right),)
                cached = tuple(mark for sides in pieces for mark in shown if _sides(*sides, mark) == (1, 1))
            else:
                cached = ()
            self._needed_cache[key] = cached
        return cached

    def _paragraph_marks(self, i: int) -> frozenset[str]:
        """The paired marks of the kinds the input's paragraph around ``i`` shows (both halves of each kind)."""
        text, at = self.context.text, self.context.start + i
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        cached = self._marks_cache.get(start)
        if cached is None:
            shown = _PAIRS.keys() & set(text[start:end if end >= 0 else len(text)])
            cached = self._marks_cache[start] = frozenset(shown | {_PAIRS[mark] for mark in shown})
        return cached

    def _paragraph_sides(self, i: int) -> tuple[str, str]:
        """The input's paragraph on each side of the ``?`` at ``i``: on the left up to the lost bytes and
        flattened marks right before it (one group with it: the lost lead a flattened mark completed, or the
        straddling mark itself, is no paired mark), on the right up to the next line break; without the ``?``
        an annotation follows."""
        cached = self._sides_cache.get(i)
        if cached is None:
            text, at = self.context.text, self.context.start + i
            start = text.rfind("\n", 0, at) + 1
            group = at
            while group > start and (text[group - 1] == "?" or text[group - 1] in FULLWIDTH_OF):
                group -= 1
            end = text.find("\n", at + 1)
            # A lost byte an annotation follows completes a character with that reading: it is no mark.
            pinned = _pinned_lost()
            cached = pinned.sub("", text[start:group]), pinned.sub("", text[at + 1:end if end >= 0 else len(text)])
            self._sides_cache[i] = cached
        return cached

    def _hopeless(self, i: int, bound: float) -> bool:
        """A move to ``i + 1`` whose score, plus what its bytes after a completed character can add at most
        (:data:`CLOSE_BONUS`) and the node's score, is ``bound`` stays below the floor the beam there cuts at:
        :meth:`run` would drop it. The floor only rises while moves come in, so asking late prunes the most."""
        return bound + CLOSE_BONUS < self._floors[i + 1]

    def _then(self, base: tuple[_State, float], step: _Step, extra: tuple[tuple[int, int], ...],
              prior: float) -> tuple[_Step, _State, float] | None:
        """``step``, whose first bytes gave ``base``, after pushing its ``extra`` bytes (None when they cannot
        follow). A move, not a generator: the lost-byte moves make tens of thousands per document."""
        moved = self._push_all(base[0], extra)
        return None if moved is None else (step, moved[0], base[1] + moved[1] + prior)

    def _ranked_lost(self, i: int, state: _State) -> list[tuple[int, bool]]:
        """The likeliest lost bytes at ``i``: completing the pending lead, or leads completed by a flattened
        ``A3``; ranked by the character they make, with its left neighbour and the right one the input suggests."""
        p1, pending, last = state[1], state[2], state[5]
        key = (i, p1 if pending else -1, last)
        cached = self._ranked_cache.get(key)
        if cached is None:
            cached = self._ranked_cache[key] = self._rank_lost(p1, pending, last, self._right_of(i, pending))
        return cached

    def _ranked_swallowing(self, state: _State) -> list[tuple[int, bool]]:
        """The :data:`TOP_SWALLOW` likeliest trails completing the pending lead of ``state`` when the decoder
        swallowed the byte after them: ranked with that byte (a flattened mark or a line break) as the right
        neighbour."""
        key = (-2, state[1], state[5])
        cached = self._ranked_cache.get(key)
        if cached is None:
            cached = self._ranked_cache[key] = self._rank_lost(state[1], True, state[5], _SWALLOW_RIGHTS)[:TOP_SWALLOW]
        return cached

    def _right_of(self, i: int, pending: bool) -> tuple[tuple[str, float], ...]:
        """The characters likely to follow a lost byte at ``i``, each with the prior of the reading that puts it
        there (none when unknown). A lost lead before a character that is not a mark was completed by the ``A3``
        of a mark the decoder swallowed: the mark's second byte and the next byte form the right neighbour."""
        line = self.line
        nxt = line[i + 1] if i + 1 < len(line) else ""
        if pending:
            return ((nxt, 0.0),) if nxt >= "\x80" else ()
        if nxt in FULLWIDTH_OF:
            right = decode_pair(_FULLWIDTH_TRAIL[nxt], _first_byte(line[i + 2])) if i + 2 < len(line) else None
            return ((right, 0.0),) if right else ()
        if nxt < "\x80":
            return ()
        nxt_byte = _first_byte(nxt)
        rights = ((decode_pair(_FULLWIDTH_TRAIL[mark], nxt_byte), prior) for mark, prior in STRADDLE_PRIOR.items())
        return tuple((ch, prior) for ch, prior in rights if ch and (is_han(ch) or ch in PUNCT_LOGP))

    def _rank_lost(self, p1: int, pending: bool, last: str,
                   rights: tuple[tuple[str, float], ...]) -> list[tuple[int, bool]]:
        lead = p1 if pending else -1
        memo = self.lm.ranked_lost.get((lead, last, rights))
        if memo is not None:
            return memo
        pairs = _lost_candidates(lead)
        # Score only a shortlist: the commonest characters, those that pair with a neighbour in a dictionary word
        # or in this document, and punctuation (ranked by what follows it); the rest cannot reach the top.
        raw_chars, plain_chars = _candidate_chars(lead)
        # What follows the left neighbour is looked up once, what precedes each right neighbour once per right.
        model = char_model()
        near = model.neighbours_among(_lm_char(last), "", plain_chars) | self.lm.neighbours_among(last, "", raw_chars)
        for right, _ in rights:
            near |= model.neighbours_among("", _lm_char(right), plain_chars)
            near |= self.lm.neighbours_among("", right, raw_chars)
        index = _candidate_index(lead)
        shortlist = {*_by_frequency(lead)[:TOP_LOST], *index.marks}
        for ch in near:
            shortlist.update(index.by_char.get(ch, ()))
        # Ranked by the left neighbour first: once that plus the most a right neighbour can add (a close bonus
        # after the likeliest reading of the right) falls below the TOP_LOST-th full score, the rest cannot enter.
        lefts = sorted(((self.lm(last, index.chars[x]), x) for x in shortlist), reverse=True)
        most = max(prior for _, prior in rights) + CLOSE_BONUS if rights else 0.0
        top: list[tuple[float, int]] = []  # a min-heap of the best TOP_LOST (score, byte)
        for left, x in lefts:
            if len(top) == TOP_LOST and left + most < top[0][0]:
                break
            heapq.heappush(top, (left + self._best_right(index.chars[x], rights), x))
            if len(top) > TOP_LOST:
                heapq.heappop(top)
        guessed = len(pairs) > 1
        ranked = [(x, guessed) for x in dict.fromkeys([x for _, x in sorted(top, reverse=True)] + list(index.marks))]
        self.lm.ranked_lost[lead, last, rights] = ranked
        return ranked

    # -- driver --------------------------------------------------------------------------------------------
    def run(self, lookahead: bool) -> list[Edit] | None:
        """Search the segment; the edits of the best reading, or None when no reading is consistent.

        ``lookahead``: rank nodes by their score plus the next character's (see :meth:`_ahead`)."""
        n = len(self.line)
        beams: list[dict[_State, _Node] | None] = [None] * (n + 1)  # made when a node first reaches them
        beams[0] = {self.start: _Node(0.0, self.start, None, None)}
        # Nodes are ranked by their score plus the character the input makes them form next (a one-character
        # lookahead), so a lost byte's reading is judged with its right neighbour before the beam is cut.
        tops = [-math.inf] * (n + 1)  # best ranking key reached so far at each position
        # A lower bound of the BEAM-th best key at each position (states' keys only rise, and states only come):
        # a node ranked below it is never expanded, so it is not made. Refreshed each time BEAM more states came.
        self._floors = floors = [-math.inf] * (n + 1)
        counted = [0] * (n + 1)
        furthest, stop = 0, n
        best: _Node | None = None
        done: list[_Step] = []  # the path up to the last root, when the search jumped over forced stretches
        for i in range(n):
            beam = beams[i]
            if not beam:
                continue
            ranked = sorted(beam.values(), key=_BY_KEY, reverse=True)[:BEAM]
            floor = ranked[0].key - BEAM_MARGIN
            # When every reading goes through one node and its next moves are forced, they are made at once: to
            # the end (no more search), or to a new root before the next lost byte (see _skip).
            if furthest <= i and (len(ranked) == 1 or ranked[1].key < floor) and self._settled(i, ranked[0].state):
                to = self._skip(i)
                if to == n:
                    best, stop = ranked[0], i
                    break
                if to > i:
                    done += [*_path(ranked[0]), *self._forced_steps(i, to)]
                    root = _after(self.line[to - 1])
                    beams[to] = {root: _Node(0.0, root, None, None)}
                    beams[i] = None
                    continue
            for node in ranked:
                if node.key < floor:
                    break
                # Moves to i + 1 that cannot reach its floor even with the most a lookahead adds are not made:
                # reach is what this node adds to their bound (see _hopeless).
                reach = node.score + _MAX_AHEAD if i + 1 < n else math.inf
                for step, state, delta in self._moves(i, node.state, reach):
                    score, end = node.score + delta, step.end
                    if end < n and score + (_MAX_AHEAD if state[2] else _AHEAD_SETTLED) < floors[end]:
                        continue  # below the floor that position's beam will cut at, whatever comes next
                    target = beams[end]
                    if target is None:
                        target = beams[end] = {}
                    old = target.get(state)
                    if old is None or score > old.score:
                        key = score + self._ahead(end, state) if lookahead else score
                        if end < n and key < floors[end]:
                            continue
                        target[state] = _Node(score, state, node, step, key)
                        furthest = max(furthest, end)
                        if key > tops[end]:
                            tops[end] = key
                            floors[end] = max(floors[end], key - BEAM_MARGIN)
                        if end < n and len(target) >= counted[end] + BEAM:
                            counted[end] = len(target)
                            floors[end] = max(floors[end], heapq.nlargest(BEAM, map(_BY_KEY, target.values()))[-1])
            beams[i] = None
        if best is None:
            finals = [nd for nd in (beams[n] or {}).values() if not nd.state[2]]
            if not finals:
                return None
            best = max(finals, key=lambda nd: nd.score + self._final_charge(nd.state))
        steps = [*done, *_path(best), *self._forced_steps(stop, n)]
        self.unrecoverable = any(step.lost for step in steps)
        return _edits(self.line, _Quotes(self).redecide(_Stops(self).redecide(steps)))

    @cached_property
    def _forced_index(self) -> tuple[list[int], list[int], list[int]]:
        """The positions of the segment's ``?``, its annotations' starts, and for each annotation the index of the
        first one from it on that an aligned table character does not explain (for :meth:`_skip`)."""
        starts = list(self.anns)
        first_bad = [len(starts)] * (len(starts) + 1)
        for k in range(len(starts) - 1, -1, -1):
            ann = self.anns[starts[k]]
            first_bad[k] = first_bad[k + 1] if _explains(self.line, 0, ann, self.table) else k
        return [m.start() for m in re.finditer(r"\?", self.line)], starts, first_bad

    def _skip(self, i: int) -> int:
        """How far the search's moves are forced from a settled state at ``i`` (see :meth:`_settled`): to the end
        when no ``?`` follows and every annotation after ``i`` is an aligned table character's, else to the last
        such annotation before the next ``?`` (the state there depends on its character alone, as at a segment's
        cut, see :func:`_forced_prefix`); ``i`` when there is none."""
        lost, starts, first_bad = self._forced_index
        n = len(self.line)
        k = bisect_right(starts, i)
        q = bisect_left(lost, i)
        nxt = lost[q] if q < len(lost) else n
        if nxt == n and first_bad[k] == len(starts):
            return n
        last = min(first_bad[k], bisect_left(starts, nxt))
        return starts[last - 1] if last > k else i

    def _settled(self, i: int, state: _State) -> bool:
        """From ``state`` at ``i``, the search's next move is forced: nothing pending, and an annotation at ``i``
        is explained by the last two bytes, a table character (no literal reading, no unexplained drop)."""
        if state[2]:
            return False
        ann = self.anns.get(i)
        if ann is None:
            return True
        return not state[4] and state[0] >= HIGH_BYTE and _names(state[0] << 8 | state[1], ann, self.table)

    def _forced_steps(self, i: int, end: int) -> list[_Step]:
        """The steps the search makes from ``i`` to ``end`` where each position has one move (see :meth:`_skip`):
        aligned runs, annotation drops, ASCII and characters outside GBK as they are."""
        line, steps = self.line, []
        while i < end:
            ann = self.anns.get(i)
            if ann is not None:
                steps.append(_Step(i, ann.end, annotation=True))
                i = ann.end
            elif line[i] < "\x80":
                steps.append(_Step(i, i + 1, ((ord(line[i]), i),)))
                i += 1
            elif not _intact(line[i]):
                steps.append(_Step(i, i + 1))
                i += 1
            else:
                steps.append(_Step(i, self.run_end[i], run=True))
                i = self.run_end[i]
        return steps

    def _ahead(self, i: int, state: _State) -> float:
        """Score of the character the input at ``i`` completes next from ``state`` (0 when it is not known: a
        lost byte, ASCII); a pending lead gets its charge back, as it will when that character completes, and
        a lead the next character cannot complete is a dead end. An ASCII trail byte (not an annotation) completes
        a pending lead too. A lost byte before an annotation (``?(reading)``) must form a character with that
        reading with the last byte: the best one when it completes a pending lead, :data:`UNEXPLAINED` when the
        last byte cannot start any (the annotation will be left unexplained)."""
        if i >= len(self.line):
            return 0.0
        if self.line[i] < "\x80":
            if self.line[i] == "?" and i + 1 in self.anns:
                return self._named_ahead(state, self.anns[i + 1].reading)
            if not state[2] or self.line[i] < chr(_MIN_TRAIL) or i in self.anns:
                return 0.0
            nxt = decode_pair(state[1], ord(self.line[i]))
            return self.lm(state[5], nxt) - PENDING_CHARGE if nxt else 0.0
        if not state[2]:
            return self.lm(state[5], self.line[i])
        nxt = decode_pair(state[1], _first_byte(self.line[i]))
        return self.lm(state[5], nxt) - PENDING_CHARGE if nxt else -math.inf

    def _named_ahead(self, state: _State, pinned: str) -> float:
        """:meth:`_ahead` before a lost byte and an annotation reading ``pinned``."""
        p1 = state[1]
        chars = [decode_pair(p1, trail) for trail in _named_trails(pinned, p1)]
        if not chars:
            return UNEXPLAINED
        if not state[2]:
            return 0.0  # the lost byte starts a character: not known yet
        return max(self.lm(state[5], ch) for ch in chars if ch) - PENDING_CHARGE

    def _final_charge(self, state: _State) -> float:
        p2, p1, _, split, annotated, _ = state
        return VIOLATION if not annotated and not split and p2 >= 0 and (p2 << 8 | p1) in self.table else 0.0


@lru_cache(maxsize=1)
def _pinned_lost() -> re.Pattern[str]:
    """A ``?`` followed by an annotation (``?(reading)``, ``?reading)``)."""
    return re.compile(rf"\?(?={annotation_pattern().pattern})")


@lru_cache(maxsize=4096)
def _named_trails(pinned: str, lead: int) -> tuple[int, ...]:
    """The second bytes of the characters read ``pinned`` whose first byte is ``lead`` (in the index's order)."""
    return tuple(key & 0xFF for key in keys_by_reading()[pinned] if key >> 8 == lead)


@lru_cache(maxsize=256)
def _lost_candidates(lead: int) -> tuple[tuple[int, str], ...]:
    """(lost byte, character) pairs: trails completing ``lead``, or (lead = -1) leads completed by ``A3``."""
    if lead >= 0:
        pairs = [(x, decode_pair(lead, x)) for x in trails_of().get(lead, ()) if x >= HIGH_BYTE]
    else:
        pairs = [(x, decode_pair(x, FULLWIDTH_LEAD)) for x in LEAD_BYTES]
    return tuple((x, ch) for x, ch in pairs if ch is not None)


#: First bytes of GBK's user-defined (private-use) pairs: AAA1-AFFE and F8A1-FEFE ("wide": any trail A1-FE), and
#: A140-A7A0 (trails 40-A0).
_PRIVATE_FIRST = (*range(0xA1, 0xA8), *range(0xAA, 0xB0), *range(0xF8, 0xFF))
_PRIVATE_WIDE = 0xAA


@lru_cache(maxsize=1024)
def _private_first(lead: int) -> tuple[tuple[int, str], ...]:
    """(a, character): bytes ``a`` that complete ``lead`` and can open a private-use pair."""
    pairs = ((a, decode_pair(lead, a)) for a in _PRIVATE_FIRST)
    return tuple((a, ch) for a, ch in pairs if ch is not None)


class _Seconds:
    """The second bytes ``b`` of a private-use pair that are also a lead completed by a given next byte, indexed by
    the character ``b`` forms with it (as it is, in simplified form, and by reading)."""

    def __init__(self, pairs: list[tuple[int, str]]) -> None:
        self.by_char = {ch: b for b, ch in pairs}
        by_plain: defaultdict[str, list[int]] = defaultdict(list)
        for b, ch in pairs:
            by_plain[_lm_char(ch)].append(b)
        self.by_plain = dict(by_plain)
        self.chars, self.plain = frozenset(self.by_char), frozenset(self.by_plain)

    @cached_property
    def _by_reading(self) -> dict[str, tuple[int, ...]]:
        index: defaultdict[str, list[int]] = defaultdict(list)
        for ch, b in self.by_char.items():
            index[reading(ch)].append(b)
        return {r: tuple(bs) for r, bs in index.items()}

    def named(self, pinned: str) -> tuple[int, ...]:
        """The bytes whose character reads ``pinned``."""
        return self._by_reading.get(pinned, ())


@lru_cache(maxsize=1024)
def _private_second(wide: bool, nxt: int) -> _Seconds:
    """:class:`_Seconds` for the wide (second byte A1-FE) or narrow (81-A0 as a lead) private-use ranges."""
    seconds = range(0xA1, 0xFF) if wide else range(0x81, 0xA1)
    return _Seconds([(b, ch) for b in seconds if (ch := decode_pair(b, nxt)) is not None])


@lru_cache(maxsize=1 << 14)
def _words_after(left: str, wide: bool, nxt: int) -> tuple[int, ...]:
    """The second bytes of :func:`_private_second` whose character follows ``left`` inside a dictionary word (the
    same for every document: looked up once per process)."""
    seconds = _private_second(wide, nxt)
    found = char_model().neighbours_among(_lm_char(left), "", seconds.plain)
    return tuple(b for ch in found for b in seconds.by_plain[ch])


@lru_cache(maxsize=256)
def _candidate_chars(lead: int) -> tuple[frozenset[str], frozenset[str]]:
    """The characters of :func:`_lost_candidates`, as they are and in simplified form (for the shortlist)."""
    chars = [ch for _, ch in _lost_candidates(lead)]
    return frozenset(chars), frozenset(map(_lm_char, chars))


@dataclass(frozen=True, slots=True)
class _CandidateIndex:
    """The lost-byte candidates of one lead, indexed for the shortlist of :meth:`_Search._rank_lost`."""

    chars: dict[int, str]  # byte -> the character it makes
    by_char: dict[str, tuple[int, ...]]  # a character, as it is or simplified -> the bytes that make it
    marks: tuple[int, ...]  # the bytes that make punctuation


@lru_cache(maxsize=256)
def _candidate_index(lead: int) -> _CandidateIndex:
    """:class:`_CandidateIndex` of :func:`_lost_candidates`."""
    pairs = _lost_candidates(lead)
    by_char: defaultdict[str, list[int]] = defaultdict(list)
    for x, ch in pairs:
        by_char[ch].append(x)
        if _lm_char(ch) != ch:
            by_char[_lm_char(ch)].append(x)
    return _CandidateIndex(dict(pairs), {ch: tuple(xs) for ch, xs in by_char.items()},
                           tuple(x for x, ch in pairs if ch in PUNCT_LOGP))


@lru_cache(maxsize=256)
def _by_frequency(lead: int) -> tuple[int, ...]:
    """The lost-byte candidates of :func:`_lost_candidates`, commonest character first."""
    model = char_model()
    ranked = sorted(_lost_candidates(lead), key=lambda pair: model.unigram_logp(_lm_char(pair[1])), reverse=True)
    return tuple(x for x, _ in ranked)


_FULLWIDTH_TRAIL = {mark: fw.encode("gbk")[1] for mark, fw in FULLWIDTH_OF.items()}


_FULLWIDTH_BYTES = {mark: fw.encode("gbk") for mark, fw in FULLWIDTH_OF.items()}


def _fullwidth(mark: str, i: int) -> tuple[tuple[int, int], ...]:
    raw = _FULLWIDTH_BYTES[mark]
    return (raw[0], i), (raw[1], i)


def _last_byte(ch: str) -> int:
    """The last GBK byte of ``ch`` (-1 when GBK cannot encode it)."""
    raw = encode_char(ch)
    return raw[-1] if raw else -1


def _first_byte(ch: str) -> int:
    """The first GBK byte of ``ch`` (-1 for none or unencodable)."""
    if not ch:
        return -1
    raw = encode_char(ch)
    return raw[0] if raw else -1


def _run_ends(line: str) -> list[int]:
    """For each position, where the run of intact two-byte GBK characters starting there ends."""
    ends = list(range(1, len(line) + 2))
    intact = [*map(_intact, line), False]
    for k in range(len(line) - 1, -1, -1):
        if intact[k] and intact[k + 1]:
            ends[k] = ends[k + 1]
    return ends


@lru_cache(maxsize=65536)
def _intact(ch: str) -> bool:
    """A character a lenient GBK decoder made from a valid pair (not ASCII, not beyond GBK)."""
    return ch >= "\x80" and len(encode_char(ch) or b"") == 2


def _edits(line: str, steps: list[_Step]) -> list[Edit]:
    """Stage 6: replay the chosen steps, decode in phase, and group what differs from the input into edits."""
    pieces: list[tuple[int, int, str, bool, float]] = []  # (start, end, text, identity, confidence)
    pending: tuple[int, int] | None = None
    for step in steps:
        conf = CONF_GUESSED if step.guessed else CONF_CONSTRAINED
        data = step.data
        if step.run:
            raw = line[step.start:step.end].encode("gbk")
            if pending is None:
                pieces.append((step.start, step.end, line[step.start:step.end], True, 1.0))
                continue
            data = tuple((b, step.start + k // 2) for k, b in enumerate(raw))
        for byte, pos in data:
            if pending is not None:
                ch = decode_pair(pending[0], byte) or ""
                same = pending[1] == pos and line[pos] == ch
                pieces.append((pending[1], pos + 1, ch, same, conf))
                pending = None
            elif byte >= HIGH_BYTE:
                pending = (byte, pos)
            else:
                pieces.append((pos, pos + 1, chr(byte), line[pos] == chr(byte), conf))
        for byte, _ in step.vanished:  # bytes no input character holds: they belong to the step's last character
            if pending is not None:
                pieces.append((pending[1], step.end, decode_pair(pending[0], byte) or "", False, CONF_GUESSED))
                pending = None
            else:
                pending = (byte, step.end - 1)
        if step.annotation:
            pieces.append((step.start, step.end, "", False, conf if step.guessed else CONF_ANNOTATION))
    return _group(pieces)


def _group(pieces: list[tuple[int, int, str, bool, float]]) -> list[Edit]:
    """Merge changed pieces whose input spans touch into one edit each."""
    edits: list[Edit] = []
    cur: list[object] | None = None  # [start, end, text, confidence, only annotations]
    for start, end, text, same, conf in pieces:
        if same and (cur is None or start >= cur[1]):
            if cur is not None:
                edits.append(_edit(cur))
                cur = None
            continue
        if cur is not None and start <= cur[1]:
            cur[0] = min(cur[0], start)
            cur[1] = max(cur[1], end)
            cur[2] += text
            cur[3] = min(cur[3], conf)
            cur[4] = cur[4] and conf == CONF_ANNOTATION
        else:
            if cur is not None:
                edits.append(_edit(cur))
            cur = [start, end, text, conf, conf == CONF_ANNOTATION]
    if cur is not None:
        edits.append(_edit(cur))
    return edits


def _edit(cur: list[object]) -> Edit:
    start, end, text, conf, only_ann = cur
    kind = "mirror-annotation" if only_ann else "mirror-bytes"
    return Edit(start, end, text, kind, conf)


#: Second byte of 。 (A1A3), which is also the lead of every flattened full-width mark: a lost lead completed by it
#: is 。 or any character whose second byte is A3, and both readings rebuild the input bytes exactly.
_STOP = "。"
#: Han characters on each side of such a choice that the word model reads (jieba words are at most a few
#: characters; a longer window only adds words both readings share).
WORD_WINDOW = 6
#: Log-score of a sentence end between two words, against the character the word model scores. News prose has about
#: one 。 per 20-25 jieba words (-3), but the word model is a unigram: it cannot see how well a character fits its
#: neighbours beyond the words it completes, so a free 。 wins too often. Repair bench, damage kind, seeds 0 and 7:
#: 31 and 31 。/character errors before this re-decision; with it, -4 leaves 28/29, -5 17/17, -6 16/16 (with a
#: higher CER at seed 7). A character reading followed by 。 pays it too, for the sentence that 。 then ends (the
#: 。 reading pays its own and PUNCT_PAIR_PENALTY for the pair): charged for nothing, it won wherever 。。 straddles
#: (了。。 read as 了常。). Repair bench, damage kind, seeds 0/7/3/11: CER 0.3047/0.3019/0.3018/0.2915% ->
#: 0.3021/0.2991/0.2995/0.2890%.
SENTENCE_END_LOGP = -5.0
#: Bonus per neighbour pair (left and right) a reading shares with the document's intact text: a name or word
#: spelled out elsewhere in the same article. Repair bench seeds 0/7: 0, 1, 2 and 3 leave 27/26, 23/23, 17/17 and
#: 16/16 errors (2 and 3 the same CER); 2 keeps the document from overruling the dictionary on a single pair.
DOC_PAIR_LOGP = 2.0


#: A quotation mark right after a choice of 。 against a character: how often each comes before it, by whether the
#: quote holds a clause mark (，or 。: a quoted sentence) or not (a term), counted in the repair bench's clean Chinese
#: bodies. A quoted sentence is closed right after a sentence end far more often than after a character and opened
#: after one about as often; a term almost never follows or ends with a sentence end. (mark, sentence) -> (。, a
#: character) before the mark. The 。 reading's score moves by how much the quote's kind changes the odds of 。
#: against a character before that mark: the sentence-end prior stays what it was calibrated as, the odds before
#: any such mark. Repair bench, damage kind: fold CER 0.1807% -> 0.1802% at seed 0, 0.1828% -> 0.1823% at seed 7
#: (two sentence ends restored, the same at seeds 3 and 11, nothing else changed; clean kinds untouched). Replacing
#: that prior with these counts' log-probabilities read terms' last characters as 。 (产能过。”): worse at both.
QUOTE_NEIGHBOURS = {("”", True): (130, 36), ("”", False): (39, 505), ("“", True): (21, 23), ("“", False): (6, 406)}
_QUOTE_ODDS = {(mark, sentence): math.log(stops / others) - math.log(
    sum(QUOTE_NEIGHBOURS[mark, kind][0] for kind in (True, False))
    / sum(QUOTE_NEIGHBOURS[mark, kind][1] for kind in (True, False)))
    for (mark, sentence), (stops, others) in QUOTE_NEIGHBOURS.items()}
#: The marks that make a quote a quoted sentence (flattened ``,`` too: the input around the choice may hold it).
_CLAUSE = re.compile("[，。,]")


#: Input characters read on each side of a segment for that choice: room for :data:`WORD_WINDOW` Han characters
#: between annotations of up to eight characters each.
CONTEXT_CHARS = 96


@dataclass(frozen=True, slots=True)
class _Context:
    """The input around a segment ``[start, end)`` of ``text``: what the words at its edges join."""

    text: str
    start: int
    end: int

    def before(self) -> str:
        return self.text[max(0, self.start - CONTEXT_CHARS):self.start]

    def after(self) -> str:
        return self.text[self.end:self.end + CONTEXT_CHARS]


class _Redecision:
    """Stages 4 and 5: on the best path, the lost byte a step emits first is decided again where the beam's bigram,
    which sees one neighbour on each side, cannot tell the readings apart (both rebuild the input exactly).

    The path is replayed once; each of its two-byte characters a subclass takes for such a choice (:meth:`_at`) is
    chosen again (:meth:`_choose`) and its step replaced, so later choices see the earlier ones."""

    def __init__(self, search: _Search) -> None:
        self.search = search

    def redecide(self, steps: list[_Step]) -> list[_Step]:
        """``steps`` with each such choice made again (the same list, changed in place)."""
        line = self.search.line
        if not any(self._holds(line, step) for step in steps):
            return steps
        chars, pairs = _replay(line, steps, self.search.start[1])
        for pair in pairs:
            step = steps[pair.step]
            if not self._at(line, pair, step):
                continue
            byte = self._choose(steps, pair, chars)
            if byte is not None and byte != step.data[0][0]:
                chars[pair.index] = self._char(byte)
                steps[pair.step] = replace(step, data=((byte, step.data[0][1]), *step.data[1:]), guessed=True)
        return steps

    def _neighbours(self, chars: list[str], index: int) -> tuple[str, str]:
        """The characters before and after ``chars[index]`` (beyond the path: the input around the segment)."""
        context = self.search.context
        prev = chars[index - 1] if index else context.before()[-1:]
        return prev, chars[index + 1] if index + 1 < len(chars) else context.after()[:1]

    def _paragraph(self, chars: list[str], index: int) -> tuple[str, str]:
        """The paragraph on each side of ``chars[index]``: this path, and the input beyond the segment."""
        context = self.search.context
        text = context.text
        start = text.rfind("\n", 0, context.start) + 1
        end = text.find("\n", context.end)
        right = text[context.end:end if end >= 0 else len(text)]
        return text[start:context.start] + "".join(chars[:index]), "".join(chars[index + 1:]) + right

    def _holds(self, line: str, step: _Step) -> bool:
        """``step`` may emit a byte this stage decides again (a quick test before the path is replayed)."""
        raise NotImplementedError

    def _at(self, line: str, pair: _Pair, step: _Step) -> bool:
        """``pair``, whose second byte ``step`` emits, is such a choice, that byte being the step's first."""
        raise NotImplementedError

    def _choose(self, steps: list[_Step], pair: _Pair, chars: list[str]) -> int | None:
        """The byte to emit there (None: leave the step as it is)."""
        raise NotImplementedError

    def _char(self, byte: int) -> str:
        """The character ``byte`` makes in that pair."""
        raise NotImplementedError


class _Stops(_Redecision):
    """Stage 4: each lost lead completed by ``A3``, 。 against a character.

    The beam's bigram sees a flat break rate, so it cannot tell 上海 from 上。. Here both complete readings are
    compared by jieba's word model over a window on both sides, the 。 reading as a sentence end plus a new
    sentence start. (A prior against short sentences, counted from the last sentence end or opening quote, cost
    one restored document at seeds 0 and 7: left out.)"""

    def _holds(self, line: str, step: _Step) -> bool:
        return _may_hold_stop(line, step)

    def _at(self, line: str, pair: _Pair, step: _Step) -> bool:
        return (pair.lead_step, pair.lead_byte, pair.byte) == (pair.step, 0, 1) and _may_hold_stop(line, step)

    def _char(self, byte: int) -> str:
        return decode_pair(byte, FULLWIDTH_LEAD) or ""

    def _choose(self, steps: list[_Step], pair: _Pair, chars: list[str]) -> int | None:
        """The lead whose character the word model prefers, or None when only one reading fits."""
        index = pair.index
        choice = _stop_options(self.search.table, pair.before)
        options = choice.options
        if len(options) < 2 or not choice.has_stop:
            return None
        context = self.search.context
        left = _simplified_tail(context.before() + "".join(chars[max(0, index - CONTEXT_CHARS):index]))
        right = _simplified_head("".join(chars[index + 1:index + 1 + CONTEXT_CHARS]) + context.after())
        prev, nxt = self._neighbours(chars, index)
        # Only characters that join a neighbour (in a dictionary word or in this document) can beat the commonest
        # few, which stand for the rest: the word model then scores a handful of readings, not every A3 character.
        near = char_model().neighbours_among(_lm_char(prev), _lm_char(nxt), choice.plain)
        near |= self.search.lm.neighbours_among(prev, nxt, choice.raw)
        model = default_model()
        quoted = self._quoted(chars, index, right.mark)
        scored = []
        # The commonest few, 。, and those near (looked up, not searched for among the ~80 options).
        wanted = [*options[:TOP_LOST], *chain.from_iterable(choice.by_char.get(ch, ()) for ch in (_STOP, *near))]
        for lead, ch in dict.fromkeys(wanted):
            if ch == _STOP:
                stop = SENTENCE_END_LOGP + _after_stop(right.mark) + quoted - MARK_AFTER_OPEN_PENALTY * (prev in _OPENS)
                score = model.score(left) + model.score(right.han) + stop
            else:  # a 。 after the character ends its sentence: the 。 reading pays for its own, and for this one
                score = model.score(left + _lm_char(ch) + right.han) + SENTENCE_END_LOGP * (right.mark == _STOP)
            scored.append((score + DOC_PAIR_LOGP * self._seen(prev, ch, nxt), lead, ch))
        return max(scored)[1]

    def _quoted(self, chars: list[str], index: int, mark: str) -> float:
        """When a quotation mark follows the choice and its quote's other end is on the paragraph: how much the
        quote's kind moves the log-odds of a sentence end before it (see :data:`QUOTE_NEIGHBOURS`); else 0."""
        if mark not in (_OPEN_QUOTE, _CLOSE_QUOTE):
            return 0.0
        left, right = self._paragraph(chars, index)
        if mark == _CLOSE_QUOTE:
            opened = left.rfind(_OPEN_QUOTE)
            if opened < 0 or _CLOSE_QUOTE in left[opened:]:
                return 0.0
            quoted = left[opened + 1:]
        else:
            opened = right.find(_OPEN_QUOTE)
            closed = right.find(_CLOSE_QUOTE, opened + 1)
            if opened < 0 or closed < 0:
                return 0.0
            quoted = right[opened + 1:closed]
        return _QUOTE_ODDS[mark, bool(_CLAUSE.search(quoted))]

    def _seen(self, prev: str, ch: str, nxt: str) -> int:
        """How many of the two pairs ``ch`` makes with its neighbours the document shows intact elsewhere."""
        pairs = self.search.lm.pairs
        return (pairs.get(prev + ch, 0) > 0) + (pairs.get(ch + nxt, 0) > 0)


def _may_hold_stop(line: str, step: _Step) -> bool:
    """The step guesses a lost byte and follows it with ``A3``: a lead, if nothing was pending before it."""
    return (not step.run and line[step.start] == "?" and len(step.data) > 1
            and step.data[1][0] == FULLWIDTH_LEAD)


@dataclass(frozen=True, slots=True)
class _Pair:
    """A two-byte character of a replayed path, and which steps emitted its bytes."""

    index: int  # its index among the path's characters
    lead: int  # its first byte
    lead_step: int  # the step that emitted the first byte, and that byte's index among the step's bytes
    lead_byte: int
    step: int  # the step that emitted the second byte, and that byte's index among the step's bytes
    byte: int
    before: int  # the byte before the first one (-1 at the start)


def _step_bytes(line: str, step: _Step) -> tuple[int, ...]:
    """The original bytes ``step`` emits, in order (a run's own bytes, then any vanished pair)."""
    data = line[step.start:step.end].encode("gbk") if step.run else bytes(b for b, _ in step.data)
    return (*data, *(b for b, _ in step.vanished))


def _replay(line: str, steps: list[_Step], last: int) -> tuple[list[str], list[_Pair]]:
    """The path decoded in phase, and where each of its two-byte characters came from (``last``: the byte before
    the path), except those of runs read in phase: both their bytes come from the run itself, and a re-decision
    is never about them (GBK decodes every pair a character encodes to back to that character)."""
    chars: list[str] = []
    pairs: list[_Pair] = []
    pending: tuple[int, int, int, int] | None = None  # (lead, step, byte index in step, byte before)
    for k, step in enumerate(steps):
        if step.run and pending is None and not step.vanished:
            run = line[step.start:step.end]
            chars.extend(run)
            last = _last_byte(run[-1])
            continue
        for j, byte in enumerate(_step_bytes(line, step)):
            if pending is not None:
                lead, pk, pj, before = pending
                pairs.append(_Pair(len(chars), lead, pk, pj, k, j, before))
                chars.append(decode_pair(lead, byte) or "")
                pending = None
            elif byte >= HIGH_BYTE:
                pending = (byte, k, j, last)
            else:
                chars.append(chr(byte))
            last = byte
    return chars, pairs


#: Lead byte of the row of common CJK marks (。、“”《》…): a lost trail after it may be any of them.
_MARK_ROW = 0xA1
_OPEN_QUOTE, _CLOSE_QUOTE = "“", "”"
#: The paired marks of that row (quotes, title marks, brackets), each with its other half: a paragraph balances
#: each kind on its own.
_PAIRS = {opening: closing for opening, closing in ("“”", "‘’", "《》", "「」", "『』", "【】", "〈〉", "〔〕")}
_PAIRS.update({closing: opening for opening, closing in list(_PAIRS.items())})
_QUOTE_TRAILS = frozenset(mark.encode("gbk")[1] for mark in _PAIRS)
#: Log-score per side of its paragraph a quotation mark does not balance (see :func:`_unbalanced`). Repair bench,
#: damage kind, seeds 0 and 7: fold CER 0.1832% -> 0.1807% and 0.1849% -> 0.1828% (clean kinds unchanged); -2, -4
#: and -8 give the same output there (what matters is that a balanced reading beats an unbalanced one). The same
#: for every paired mark of the row (’ and 》 that close nothing: 了。。 read as 了。’ and 了。》).
QUOTE_UNBALANCED = -4.0


class _Quotes(_Redecision):
    """Stage 5: each lost trail of an ``A1`` lead read as a paired mark its paragraph does not balance (the beam's
    bigram cannot count quotes: 安危。“ read as 安危”“, 了。。 as 了。》).

    Only those: a balanced reading stays as the beam chose it. The alternatives are the row's other marks the
    input allows (the decoder must still have failed on the pair, no annotated pair formed), scored by the
    bigram on both sides plus the quote balance; the paragraph's intact quotes give the state."""

    def _holds(self, line: str, step: _Step) -> bool:
        return bool(step.data) and not step.run and line[step.start] == "?" and step.data[0][0] in _QUOTE_TRAILS

    def _at(self, line: str, pair: _Pair, step: _Step) -> bool:
        return pair.lead == _MARK_ROW and pair.byte == 0 and not step.run and line[step.start] == "?"

    def _char(self, byte: int) -> str:
        return decode_pair(_MARK_ROW, byte) or ""

    def _choose(self, steps: list[_Step], pair: _Pair, chars: list[str]) -> int | None:
        """For a quotation mark its paragraph does not balance, the trail byte whose mark scores best there,
        balance included (the one chosen when no other fits)."""
        sides = self._paragraph(chars, pair.index)
        if not _unbalanced(*sides, chars[pair.index]):
            return None
        line, lm, table = self.search.line, self.search.lm, self.search.table
        step = steps[pair.step]
        chosen = step.data[0][0]
        # As in _Search._lost: the decoder failed on the trail and the input byte after it (or the swallowed
        # ASCII byte), unless it swallowed a flattened mark, whose lead then follows.
        if len(step.data) == 1:
            checked = _first_byte(line[step.end]) if step.end < len(line) else -1
        else:
            checked = step.data[1][0] if step.data[1][0] < 0x80 else -1
        following = _next_byte(line, steps, pair.step)
        prev, nxt = self._neighbours(chars, pair.index)
        scored = []
        for trail in range(_MARK_ROW, 0xFF):
            ch = decode_pair(_MARK_ROW, trail)
            if trail != chosen and (ch not in PUNCT_LOGP or (trail << 8 | following) in table
                                    or (checked >= 0 and decode_pair(trail, checked) is not None)):
                continue
            balance = QUOTE_UNBALANCED * _unbalanced(*sides, ch or "")
            scored.append((lm(prev, ch or "") + lm(ch or "", nxt) + balance, trail))
        return max(scored)[1]


def _unbalanced(left: str, right: str, ch: str) -> int:
    """On how many sides of its paragraph the paired mark ``ch`` does not balance: a ” (》, ’...) that closes
    nothing opened on the left, or is followed by another; a “ (《, ‘...) while another is open, or not closed on
    the right."""
    return sum(side < 0 for side in _sides(left, right, ch))


def _sides(left: str, right: str, ch: str) -> tuple[int, int]:
    """How the paired mark ``ch`` fits each side of its paragraph (``left`` and ``right`` of it): 1 where it
    balances what is there (a ” closing the quote open on the left, then no other ” before the next “ or the
    paragraph's end; a “ opening with none open, then closed), -1 where it does not, 0 where a lost byte
    between it and the nearest mark of its kind may have been one (that side says nothing); (0, 0) for a
    character that is no paired mark."""
    other = _PAIRS.get(ch)
    if other is None:
        return 0, 0
    opening, closing = (ch, other) if ch < other else (other, ch)  # each opening mark precedes its closing one
    last = max(left.rfind(opening), left.rfind(closing))
    first = min((k for k in (right.find(opening), right.find(closing)) if k >= 0), default=len(right))
    left_known, right_known = "?" not in left[last + 1:], "?" not in right[:first]
    is_open = left[last:last + 1] == opening
    closes = right[first:first + 1] == closing
    fits = (is_open, not closes) if ch == closing else (not is_open, closes)
    return (fits[0] * 2 - 1) * left_known, (fits[1] * 2 - 1) * right_known


def _next_byte(line: str, steps: list[_Step], k: int) -> int:
    """The byte after the first one ``steps[k]`` emits (-1 at the end of the segment)."""
    data = _step_bytes(line, steps[k])
    if len(data) > 1:
        return data[1]
    return next((b for step in steps[k + 1:] for b in _step_bytes(line, step)), -1)


@dataclass(frozen=True, slots=True)
class _Side:
    han: str  # the Han characters right after the choice (simplified), up to WORD_WINDOW
    mark: str  # the punctuation mark right after the choice, if any


def _han_run(clean: str) -> str:
    """The Han characters ``clean`` opens with, simplified, up to :data:`WORD_WINDOW`."""
    han = []
    for ch in clean:
        if not is_han(ch) or len(han) >= WORD_WINDOW:
            break
        han.append(_lm_char(ch))
    return "".join(han)


def _simplified_tail(text: str) -> str:
    """The Han characters ``text`` ends with (annotations dropped), simplified, up to :data:`WORD_WINDOW`."""
    return _han_run(annotation_pattern().sub("", text)[::-1])[::-1]


def _simplified_head(text: str) -> _Side:
    clean = annotation_pattern().sub("", text[:CONTEXT_CHARS])
    nxt = FULLWIDTH_OF.get(clean[:1], clean[:1])
    return _Side(_han_run(clean), nxt if nxt in PUNCT_LOGP else "")


def _after_stop(mark: str) -> float:
    """What the mark after a 。 adds to that reading: a closing mark is common, a clause mark or 。 is not."""
    if mark in _CLOSES_AFTER[_STOP]:
        return CLOSE_BONUS
    return -PUNCT_PAIR_PENALTY if mark in _CLAUSE_MARKS else 0.0


@dataclass(frozen=True, slots=True)
class _StopOptions:
    """The readings of one lost lead completed by ``A3`` (:func:`_stop_options`), with what every choice among
    them asks of them, made once: the characters as they are and simplified, and whether 。 is among them."""

    options: tuple[tuple[int, str], ...]  # (lead, character), commonest character first
    raw: frozenset[str]
    plain: frozenset[str]
    has_stop: bool
    by_char: dict[str, tuple[tuple[int, str], ...]]  # a character, as it is or simplified -> its options


@lru_cache(maxsize=1024)
def _stop_options(table: frozenset[int], before: int) -> _StopOptions:
    """(lead, character) pairs a lost lead completed by ``A3`` may stand for after the byte ``before``: 。 or a Han
    character the mirror's conversion leaves as it is, neither forming an annotated pair (it would carry its
    annotation) nor straddling into one with ``before``; commonest character first."""
    options = []
    for lead in LEAD_BYTES:
        ch = decode_pair(lead, FULLWIDTH_LEAD)
        if ch is None or not (ch == _STOP or (is_han(ch) and char_s2t(ch) == ch)):
            continue
        if (lead << 8 | FULLWIDTH_LEAD) in table or (before >= HIGH_BYTE and (before << 8 | lead) in table):
            continue
        options.append((lead, ch))
    model = char_model()
    ranked = tuple(sorted(options, key=lambda option: model.unigram_logp(_lm_char(option[1])), reverse=True))
    chars = frozenset(ch for _, ch in ranked)
    by_char: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
    for option in ranked:
        for form in dict.fromkeys((option[1], _lm_char(option[1]))):
            by_char[form].append(option)
    return _StopOptions(ranked, chars, frozenset(map(_lm_char, chars)), _STOP in chars,
                        {ch: tuple(found) for ch, found in by_char.items()})
