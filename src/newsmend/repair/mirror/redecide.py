"""Stages 4-6 of the mirror repair: choices the beam's bigram cannot see, decided again on its best path.

Stage 4 (:class:`RunningText`): a lost byte's reading is decided again among the others the beam kept there or
merged into one state (Han for Han, or a mark or line break more or fewer), with the running-text model over the
text they make and two characters on each side. Stage 5 (:class:`Stops`): a lost lead completed by the ``A3`` of a
flattened mark is 。 or a character whose second byte is ``A3``; jieba's word model over both sides decides. Stage 6
(:class:`Quotes`): a lost trail of the ``A1`` row read as a paired mark its paragraph does not balance is decided
again among that row's marks.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from newsmend.repair.context_model import group_scores
from newsmend.repair.convert import char_s2t, is_han
from newsmend.repair.gbk import (
    FULLWIDTH_LEAD,
    FULLWIDTH_OF,
    HIGH_BYTE,
    LEAD_BYTES,
    decode_pair,
)
from newsmend.repair.lm import char_model, default_model
from newsmend.repair.mirror.candidates import first_byte, last_byte
from newsmend.repair.mirror.marks import (
    CLOSE_QUOTE,
    MARK_ROW,
    OPEN_QUOTE,
    PAIRS,
    QUOTE_TRAILS,
    QUOTE_UNBALANCED,
    unbalanced_sides,
)
from newsmend.repair.mirror.scorer import (
    CLAUSE_MARKS,
    CLOSE_BONUS,
    CLOSES_AFTER,
    MARK_AFTER_OPEN_PENALTY,
    OPENS,
    PUNCT_LOGP,
    PUNCT_PAIR_PENALTY,
    lm_char,
)
from newsmend.repair.mirror.search import CONTEXT_CHARS, TOP_LOST, Node, Search, State, Step, same_move
from newsmend.repair.readings import annotation_pattern

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


class _Redecision:
    """Stages 5 and 6: on the best path, the lost byte a step emits first is decided again where the beam's bigram,
    which sees one neighbour on each side, cannot tell the readings apart (both rebuild the input exactly).

    The path is replayed once; each of its two-byte characters a subclass takes for such a choice (:meth:`_at`) is
    chosen again (:meth:`_choose`) and its step replaced, so later choices see the earlier ones."""

    def __init__(self, search: Search) -> None:
        self.search = search

    def redecide(self, steps: list[Step]) -> list[Step]:
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

    def _holds(self, line: str, step: Step) -> bool:
        """``step`` may emit a byte this stage decides again (a quick test before the path is replayed)."""
        raise NotImplementedError

    def _at(self, line: str, pair: _Pair, step: Step) -> bool:
        """``pair``, whose second byte ``step`` emits, is such a choice, that byte being the step's first."""
        raise NotImplementedError

    def _choose(self, steps: list[Step], pair: _Pair, chars: list[str]) -> int | None:
        """The byte to emit there (None: leave the step as it is)."""
        raise NotImplementedError

    def _char(self, byte: int) -> str:
        """The character ``byte`` makes in that pair."""
        raise NotImplementedError


class Stops(_Redecision):
    """Stage 5: each lost lead completed by ``A3``, 。 against a character.

    The beam's bigram sees a flat break rate, so it cannot tell 上海 from 上。. Here both complete readings are
    compared by jieba's word model over a window on both sides, the 。 reading as a sentence end plus a new
    sentence start. (A prior against short sentences, counted from the last sentence end or opening quote, cost
    one restored document at seeds 0 and 7: left out.)"""

    def _holds(self, line: str, step: Step) -> bool:
        return _may_hold_stop(line, step)

    def _at(self, line: str, pair: _Pair, step: Step) -> bool:
        return (pair.lead_step, pair.lead_byte, pair.byte) == (pair.step, 0, 1) and _may_hold_stop(line, step)

    def _char(self, byte: int) -> str:
        return decode_pair(byte, FULLWIDTH_LEAD) or ""

    def _choose(self, steps: list[Step], pair: _Pair, chars: list[str]) -> int | None:
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
        near = char_model().neighbours_among(lm_char(prev), lm_char(nxt), choice.plain)
        near |= self.search.lm.neighbours_among(prev, nxt, choice.raw)
        model = default_model()
        quoted = self._quoted(chars, index, right.mark)
        scored = []
        # The commonest few, 。, and those near (looked up, not searched for among the ~80 options).
        wanted = [*options[:TOP_LOST], *chain.from_iterable(choice.by_char.get(ch, ()) for ch in (_STOP, *near))]
        for lead, ch in dict.fromkeys(wanted):
            if ch == _STOP:
                stop = SENTENCE_END_LOGP + _after_stop(right.mark) + quoted - MARK_AFTER_OPEN_PENALTY * (prev in OPENS)
                score = model.score(left) + model.score(right.han) + stop
            else:  # a 。 after the character ends its sentence: the 。 reading pays for its own, and for this one
                score = model.score(left + lm_char(ch) + right.han) + SENTENCE_END_LOGP * (right.mark == _STOP)
            scored.append((score + DOC_PAIR_LOGP * self._seen(prev, ch, nxt), lead, ch))
        return max(scored)[1]

    def _quoted(self, chars: list[str], index: int, mark: str) -> float:
        """When a quotation mark follows the choice and its quote's other end is on the paragraph: how much the
        quote's kind moves the log-odds of a sentence end before it (see :data:`QUOTE_NEIGHBOURS`); else 0."""
        if mark not in (OPEN_QUOTE, CLOSE_QUOTE):
            return 0.0
        left, right = self._paragraph(chars, index)
        if mark == CLOSE_QUOTE:
            opened = left.rfind(OPEN_QUOTE)
            if opened < 0 or CLOSE_QUOTE in left[opened:]:
                return 0.0
            quoted = left[opened + 1:]
        else:
            opened = right.find(OPEN_QUOTE)
            closed = right.find(CLOSE_QUOTE, opened + 1)
            if opened < 0 or closed < 0:
                return 0.0
            quoted = right[opened + 1:closed]
        return _QUOTE_ODDS[mark, bool(_CLAUSE.search(quoted))]

    def _seen(self, prev: str, ch: str, nxt: str) -> int:
        """How many of the two pairs ``ch`` makes with its neighbours the document shows intact elsewhere."""
        pairs = self.search.lm.pairs
        return (pairs.get(prev + ch, 0) > 0) + (pairs.get(ch + nxt, 0) > 0)


def _may_hold_stop(line: str, step: Step) -> bool:
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


def _step_bytes(line: str, step: Step) -> tuple[int, ...]:
    """The original bytes ``step`` emits, in order (a run's own bytes, then any vanished pair)."""
    data = line[step.start:step.end].encode("gbk") if step.run else bytes(b for b, _ in step.data)
    return (*data, *(b for b, _ in step.vanished))


def _replay(line: str, steps: list[Step], last: int) -> tuple[list[str], list[_Pair]]:
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
            last = last_byte(run[-1])
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


class Quotes(_Redecision):
    """Stage 6: each lost trail of an ``A1`` lead read as a paired mark its paragraph does not balance (the beam's
    bigram cannot count quotes: 安危。“ read as 安危”“, 了。。 as 了。》).

    Only those: a balanced reading stays as the beam chose it. The alternatives are the row's other marks the
    input allows (the decoder must still have failed on the pair, no annotated pair formed), scored by the
    bigram on both sides plus the quote balance; the paragraph's intact quotes give the state."""

    def _holds(self, line: str, step: Step) -> bool:
        return bool(step.data) and not step.run and line[step.start] == "?" and step.data[0][0] in QUOTE_TRAILS

    def _at(self, line: str, pair: _Pair, step: Step) -> bool:
        return pair.lead == MARK_ROW and pair.byte == 0 and not step.run and line[step.start] == "?"

    def _char(self, byte: int) -> str:
        return decode_pair(MARK_ROW, byte) or ""

    def _choose(self, steps: list[Step], pair: _Pair, chars: list[str]) -> int | None:
        """For a quotation mark its paragraph does not balance, the trail byte whose mark scores best there,
        balance included (the one chosen when no other fits)."""
        sides = self._paragraph(chars, pair.index)
        if not unbalanced_sides(*sides, chars[pair.index]):
            return None
        line, lm, table = self.search.line, self.search.lm, self.search.table
        step = steps[pair.step]
        chosen = step.data[0][0]
        # As in Search._lost: the decoder failed on the trail and the input byte after it (or the swallowed
        # ASCII byte), unless it swallowed a flattened mark, whose lead then follows.
        if len(step.data) == 1:
            checked = first_byte(line[step.end]) if step.end < len(line) else -1
        else:
            checked = step.data[1][0] if step.data[1][0] < 0x80 else -1
        following = _next_byte(line, steps, pair.step)
        prev, nxt = self._neighbours(chars, pair.index)
        scored = []
        for trail in range(MARK_ROW, 0xFF):
            ch = decode_pair(MARK_ROW, trail)
            if trail != chosen and (ch not in PUNCT_LOGP or (trail << 8 | following) in table
                                    or (checked >= 0 and decode_pair(trail, checked) is not None)):
                continue
            balance = QUOTE_UNBALANCED * unbalanced_sides(*sides, ch or "")
            scored.append((lm(prev, ch or "") + lm(ch or "", nxt) + balance, trail))
        return max(scored)[1]


def _next_byte(line: str, steps: list[Step], k: int) -> int:
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
    han: list[str] = []
    for ch in clean:
        if not is_han(ch) or len(han) >= WORD_WINDOW:
            break
        han.append(lm_char(ch))
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
    if mark in CLOSES_AFTER[_STOP]:
        return CLOSE_BONUS
    return -PUNCT_PAIR_PENALTY if mark in CLAUSE_MARKS else 0.0


@dataclass(frozen=True, slots=True)
class _StopOptions:
    """The readings of one lost lead completed by ``A3`` (:func:`_stop_options`), with what every choice among
    them asks of them, made once: the characters as they are and simplified, and whether 。 is among them."""

    options: tuple[tuple[int, str], ...]  # (lead, character), commonest character first
    raw: frozenset[str]
    plain: frozenset[str]
    has_stop: bool
    by_char: dict[str, tuple[tuple[int, str], ...]]  # a character, as it is or simplified -> its options


def _stop_options(table: frozenset[int], before: int) -> _StopOptions:
    """(lead, character) pairs a lost lead completed by ``A3`` may stand for after the byte ``before``: those of
    :func:`_stop_readings` neither forming an annotated pair (it would carry its annotation) nor straddling into
    one with ``before``; commonest character first.

    What is built of them is kept per process, by the readings the table rules out (40 distinct sets for the 342
    choices of ``benchmarks/repair_speed.py``'s mirror row): kept per table, it was built again for each document,
    2.6% of that row's samples on documents the process had not seen."""
    straddled = before >= HIGH_BYTE
    ruled_out = frozenset(lead for lead, _ in _stop_readings() if (lead << 8 | FULLWIDTH_LEAD) in table
                          or (straddled and (before << 8 | lead) in table))
    return _stop_options_without(ruled_out)


@lru_cache(maxsize=1)
def _stop_readings() -> tuple[tuple[int, str], ...]:
    """(lead, character) pairs a lost lead completed by ``A3`` may stand for in any document: 。 or a Han character
    the mirror's conversion leaves as it is; commonest character first."""
    options = []
    for lead in LEAD_BYTES:
        ch = decode_pair(lead, FULLWIDTH_LEAD)
        if ch is not None and (ch == _STOP or (is_han(ch) and char_s2t(ch) == ch)):
            options.append((lead, ch))
    model = char_model()
    return tuple(sorted(options, key=lambda option: model.unigram_logp(lm_char(option[1])), reverse=True))


@lru_cache(maxsize=1024)
def _stop_options_without(ruled_out: frozenset[int]) -> _StopOptions:
    """:class:`_StopOptions` of :func:`_stop_readings` but those whose lead is ``ruled_out`` (a stable sort's
    order, kept by the filter: the same as sorting what is left)."""
    ranked = tuple(option for option in _stop_readings() if option[0] not in ruled_out)
    chars = frozenset(ch for _, ch in ranked)
    by_char: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
    for option in ranked:
        for form in dict.fromkeys((option[1], lm_char(option[1]))):
            by_char[form].append(option)
    return _StopOptions(ranked, chars, frozenset(map(lm_char, chars)), _STOP in chars,
                        {ch: tuple(found) for ch, found in by_char.items()})


#: Readings of a lost byte the beam scored more than this below its choice are not weighed again: the twentieth
#: session's diagnosis found the true readings the bigram lost 0.7-13 nats below its choice (the beam itself keeps
#: none more than BEAM_MARGIN below its best).
RUNNING_MARGIN = 15.0
#: Weight of the running-text model (:mod:`newsmend.repair.context_model`) beside the beam's own score of the
#: readings (the beam already weighs it at CONTEXT_WEIGHT on pairs across words). Twentieth session, repair
#: bench, damage kind, seeds 0/7/3/11 (CER, %; 0.2996/0.2988/0.3004/0.2926 and 958/961/975/956 character errors
#: without this stage): 0.25 -> 0.2969/0.2974/0.2978/0.2917 (956/957/971/956 errors), 0.5 -> 0.2969/0.2974/
#: 0.2979/0.2917 (957/958/972/956), 1.0 -> 0.2983/0.2983/0.2994/0.2941 (measured with every move of the
#: position, not only the beam's kept ones: 0.5 gave 0.2960/0.2960/0.2969/0.2917 so, at +20-35% of the damage
#: row's time). Adding the word models (jieba's and wordfreq's, :func:`~newsmend.repair.lattice.window_scores`) at
#: 0.25 or 0.5 beside 0.5 was worse at every seed (0.2982/0.2983/0.2993/0.2940, 0.3000/0.2988/0.3010/0.2940).
#: Twenty-first session, readings of different lengths weighed too (0.2969/0.2974/0.2978/0.2917 before): at this
#: weight 0.2959/0.2964/0.2974/0.2908 (954/955/968/954 errors, BENCHMARKS.md); a weight of their own of 0.15, 0.35,
#: 0.5 or 1.0 gave 955/956/968/956, 957/958/969/957, 957/959/969/957 and 962/962/973/961 errors on a draft that gave
#: 954/955/968/955 at 0.25.
RUNNING_WEIGHT = 0.25
#: Steps after a lost byte within which another value of it must leave the search in the state the path is in:
#: one that reads the rest of the segment otherwise is another path, for the beam to judge, not a local choice.
REJOIN_STEPS = 4
#: Characters on each side of the choice the running-text model reads: it is a trigram, so two on each side are
#: all that differ between the readings.
RUNNING_WINDOW = 2


class RunningText:
    """Stage 4: the reading of each lost byte of the best path decided again among the other readings the beam kept
    there (:attr:`Search.kept`) that read the input's other bytes as the path does and leave the rest of the path as
    it is (:data:`REJOIN_STEPS`): by the beam's own score of the steps they change plus :data:`RUNNING_WEIGHT` times
    the running-text model over the text those steps make and two characters on each side.

    The beam's bigram sees one neighbour on each side, and across words only the dictionary's frequency plus a
    light running-text term: 常和 (a common pair) won over 常好 in ``非常好，`` with the ``：`` straddling 常|好.
    The trigram reads each pair with the character before it. Readings of one length are weighed again only Han
    for Han: the running-text model keys every mark alike (a mark for a character of one length is stage 5's, a
    mark for a mark the beam's). Readings of different lengths (a mark or a line break more or fewer: ``上油，保``
    against ``上有保``) are weighed over the same input and the same characters after them, so the trigram, a
    probability of the whole window, charges the longer one for its extra character only what running text says
    it costs, where the bigram charged a transition more. A lost trail that swallowed the byte after it is weighed
    with the other trails the beam merged into its state (the swallowed bytes end the state, so the beam kept one
    of them), and a reading of one length may change a mark beside its Han character (此， against 待⏎: the trigram
    reads the character, the beam's score the marks)."""

    def __init__(self, search: Search) -> None:
        self.search = search

    def redecide(self, steps: list[Step]) -> list[Step]:
        """``steps`` with each such lost byte chosen again (the same list, changed in place)."""
        line = self.search.line
        if not any(_lost_spot(line, step) for step in steps):
            return steps
        states, deltas = self._scored(steps)
        context = self.search.context
        before = annotation_pattern().sub("", context.before())
        after = annotation_pattern().sub("", context.after())
        made: list[str] = []  # the path's characters before the step at hand
        pending: int | None = None  # a segment starts after a whole character (state_after), as _replay reads it
        for k, step in enumerate(steps):
            if _lost_spot(line, step) and not step.annotation and states[k] is not None:
                left = (before + "".join(made[-RUNNING_WINDOW:]))[-RUNNING_WINDOW:]
                self._choose(steps, states, deltas, k, left, after)
            pending = _decode(line, steps[k:k + 1], pending, made)
        return steps

    def _after(self, step: Step, state: State) -> tuple[State, float] | None:
        """The state after ``step`` made from ``state``, and its score (None when the search cannot make it)."""
        return next(((after, delta) for move, after, delta in self.search.moves_from(step.start, state)
                     if same_move(move, step)), None)

    def _scored(self, steps: list[Step]) -> tuple[list[State | None], list[float]]:
        """The beam's state before each step (and after the last) and each step's score, from its nodes; None
        around a forced step, which it made no node for (nothing is decided there: a lost byte is never forced)."""
        states: list[State | None] = [self.search.start]
        deltas = []
        for node in self.search.nodes:
            if node is None or node.back is None:
                states.append(None)
                deltas.append(0.0)
                continue
            states[-1] = node.back.state  # the same, or the root the beam started from after a forced stretch
            states.append(node.state)
            deltas.append(node.score - node.back.score)
        return states, deltas

    def _rejoin(self, steps: list[Step], states: list[State | None], k: int,
                state: State) -> tuple[int, list[State], list[float]] | None:
        """Where a reading of ``steps[k]`` that leaves the search in ``state`` rejoins the path (the index of the
        first step whose state before it is the path's), with the states after the steps between and their scores;
        None when it does not within :data:`REJOIN_STEPS`."""
        found: list[State] = []
        scores: list[float] = []
        for j in range(k + 1, min(len(steps), k + 1 + REJOIN_STEPS) + 1):
            if j == len(steps) or state == states[j]:
                return j, found, scores
            if states[j + 1] is None:
                return None  # a forced step: the path's score there is not known
            moved = self._after(steps[j], state)
            if moved is None:
                return None
            state = moved[0]
            found.append(state)
            scores.append(moved[1])
        return None

    def _options(self, steps: list[Step], states: list[State | None], deltas: list[float], k: int,
                 pending: int | None) -> list[_Reading]:
        """The other readings of ``steps[k]`` the beam kept that rejoin the path (see :class:`RunningText`;
        ``pending``: the lead pending before it). One that leaves the same lead pending or none, as the path's
        step does, makes the same text after it: when its own text is not :func:`_comparable`, it is left before
        its rejoining is replayed (most are another mark of one length, and the replay is the stage's cost). One
        that leaves another lead pending, or none where the path's leaves one, reads the bytes after it in another
        phase: it is weighed only when the beam scored its own step no lower than the path's (the path won on what
        it read later). Repair bench, damage kind, seeds 0/7/3/11: the same output as weighing all of them within
        :data:`RUNNING_MARGIN`, at 0.20 s of stage 4 per pass over seeds 0 and 7 instead of 0.39 (of 2.3-2.6 s the
        whole repair); without them 955/956/972/955 errors, not 954/955/968/954."""
        step, node, after = steps[k], self.search.nodes[k], states[k + 1]
        if node is None or after is None:
            return []
        line = self.search.line
        mine: list[str] = []
        _decode(line, [step], pending, mine)
        options = []
        floor = deltas[k] - RUNNING_MARGIN
        for move, state, delta in self._readings(step, node, states[k], pending, floor):
            if delta < floor:
                continue
            if state[2] == after[2] and (not after[2] or state[1] == after[1]):
                made: list[str] = []
                _decode(line, [move], pending, made)
                if not _comparable("".join(mine), "".join(made)):
                    continue
            elif delta < deltas[k]:
                continue  # read on in another phase: the beam's to judge unless its own step scored as well
            rejoined = self._rejoin(steps, states, k, state)
            if rejoined is not None:
                end, found, scores = rejoined
                options.append(_Reading(delta + sum(scores) - sum(deltas[k:end]), move, end, [state, *found],
                                        [delta, *scores]))
        return options

    def _readings(self, step: Step, node: Node, before: State | None, pending: int | None,
                  floor: float) -> Iterator[tuple[Step, State, float]]:
        """The readings the beam kept at ``step`` from the path's node before it (``node``'s parent, in state
        ``before``), each with its state and the beam's score of its step, but the path's own; and for each (the
        path's included) that completes the pending lead into a Han character and swallowed the byte after it, the
        other trails the beam merged into its state (:meth:`Search.merged_trails`: it keeps one node per state, so
        此， after 對 was never kept beside 待，, which its bigram liked better)."""
        for kept in self.search.kept.get(step.end, {}).values():
            move = kept.step
            if (move is None or kept.back is None or kept.back is not node.back or move.start != step.start
                    or move.end != step.end or move.annotation != step.annotation):
                continue
            delta = kept.score - kept.back.score
            if not same_move(move, step):
                yield move, kept.state, delta
            if pending is None or before is None or len(move.data) < 2 or delta < floor:
                continue  # a state the beam scored this far below the path: nor is what it merged there weighed
            if is_han(decode_pair(pending, move.data[0][0]) or ""):
                for other, extra in self.search.merged_trails(before, move):
                    if not same_move(other, step):
                        yield other, kept.state, delta + extra

    def _choose(self, steps: list[Step], states: list[State | None], deltas: list[float], k: int, left: str,
                after: str) -> None:
        """Choose ``steps[k]`` again, ``left`` the characters before it; the path's steps, states and scores
        follow (``after``: the input after the segment)."""
        line, state = self.search.line, states[k]
        pending = state[1] if state is not None and state[2] else None
        options = self._options(steps, states, deltas, k, pending)
        if not options:
            return
        end = max(option.end for option in options)  # every reading is read up to the same step
        mine: list[str] = []
        _decode(line, steps[k:end], pending, mine)
        texts = ["".join(mine)]
        readings = []
        for option in options:
            made: list[str] = []
            _decode(line, [option.step, *steps[k + 1:end]], pending, made)
            if _comparable(texts[0], "".join(made)):
                texts.append("".join(made))
                readings.append(option)
        if not readings:
            return
        right: list[str] = []
        state_end = states[end] if end < len(states) else None
        tail = state_end[1] if state_end is not None and state_end[2] else None
        for j in range(end, len(steps)):
            if len(right) >= RUNNING_WINDOW:
                break
            tail = _decode(line, steps[j:j + 1], tail, right)
        following = ("".join(right) + after)[:RUNNING_WINDOW]
        running = group_scores(_fullwidth(left), [_fullwidth(text) for text in texts], _fullwidth(following), True)
        scores = [RUNNING_WEIGHT * running[0]] + [option.beam + RUNNING_WEIGHT * r
                                                 for option, r in zip(readings, running[1:], strict=True)]
        best = max(range(len(scores)), key=scores.__getitem__)
        if best:
            chosen = readings[best - 1]
            steps[k] = replace(chosen.step, guessed=True)
            states[k + 1:k + 1 + len(chosen.states)] = chosen.states
            deltas[k:k + len(chosen.scores)] = chosen.scores


@dataclass(frozen=True, slots=True)
class _Reading:
    """Another reading of a lost byte's step (:meth:`RunningText._options`)."""

    beam: float  # the beam's score of the steps it changes, against the path's
    step: Step
    end: int  # the index of the first step whose state before it is the path's again
    states: list[State]  # the states after it and after the path's steps up to ``end``, and their scores
    scores: list[float]


def _decode(line: str, steps: list[Step], pending: int | None, out: list[str]) -> int | None:
    """Append to ``out`` the characters ``steps`` make after the lead ``pending`` (None: nothing pending); the
    lead left pending after them."""
    for step in steps:
        if step.run and pending is None and not step.vanished:  # read in phase: the run's own characters
            out.extend(line[step.start:step.end])
            continue
        for byte in _step_bytes(line, step):
            if pending is not None:
                out.append(decode_pair(pending, byte) or "")
                pending = None
            elif byte >= HIGH_BYTE:
                pending = byte
            else:
                out.append(chr(byte))
    return pending


def _comparable(path: str, other: str) -> bool:
    """Stage 4 weighs ``other`` against the path's ``path`` (the text each makes over the same steps): readings of
    different lengths, or of one length that differ Han for Han, and maybe mark for mark beside it (see
    :class:`RunningText`; a mark for a mark alone is the beam's, the running text keys them alike); never one that
    brings in a paired mark ``path`` does not make. The running-text model keys it as any mark and cannot see
    what it balances: the beam's quote charge and stage 6 judge that (安危”⏎“, read 安危’“ here, lost the 。 stage 6
    had restored)."""
    if not PAIRS.keys().isdisjoint(set(other).difference(path)):
        return False
    if len(path) != len(other):
        return True
    changed = {(is_han(a), is_han(b)) for a, b in zip(path, other, strict=True) if a != b}
    return changed <= {(True, True)} or changed == {(True, True), (False, False)}


def _fullwidth(text: str) -> str:
    """``text`` with its flattened marks as the full-width marks they stand for."""
    return "".join(FULLWIDTH_OF.get(ch, ch) for ch in text)


def _lost_spot(line: str, step: Step) -> bool:
    """``step`` reads a ``?`` of the input as a lost byte (not as written)."""
    return not step.run and step.start < len(line) and line[step.start] == "?" and bool(step.data) \
        and step.data[0] != (0x3F, step.start)
