"""Stage 5 of the mojibake repair: choose each hole's character where the bytes leave several.

The lattice (:mod:`newsmend.repair.lattice`) decides each run of adjacent holes from its neighbours; what no model
of words sees is added here: paired marks balance, a clause mark weighs the clause it ends, traditional text
prefers traditional forms, a ``?`` the encoder wrote for a form its codec lacks is read as that form, and a text
holding many such ``?`` is judged not to write the codec's own forms of the same characters. Confident choices of a
first pass count as shown in the second.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from pathlib import Path

from newsmend.repair import codecs_cjk, convert, gbk, lm
from newsmend.repair.codecs_cjk import gb2312_hanzi
from newsmend.repair.convert import ArgsMemo, char_t2s, converter, is_han, memoised
from newsmend.repair.gbk import decode_pairs
from newsmend.repair.lattice import Evidence, decide, evidence, groups
from newsmend.repair.model_cache import cached, jieba_dictionary, opencc_files
from newsmend.repair.mojibake.reencode import Hypothesis
from newsmend.repair.mojibake.stretches import BYTES_JOINS, Slot, Stretch, ruled_out

#: Per-hole tables kept per process (unary rows, best plausibility): the options of a hole come from a few hundred
#: byte patterns.
UNARY_ROWS = 8192
#: Bonus (nats) for a paired mark that balances its partner, which no model of words sees: a closing mark after
#: its opening one, an opening mark that is not already open and whose closing mark can follow.
PAIR_BONUS = 5.0
#: How far back an opening mark and how far ahead a closing one is looked for (characters; quotations and
#: brackets of news prose close within a paragraph).
PAIR_LOOKBACK = 400
#: The bonus of a closing mark that closes an open one: stronger, because the open mark is all but certain to
#: close and the closing marks' small share of prose (】 10^-3.5 per character, 10^-1.3 of them before a line
#: break, against 。 10^-1.7 and 10^-0.3) must not win over it. Calibrated on the repair bench: 5 -> 8 took
#: utf8-as-gbk CER 0.969% -> 0.956%, utf8-as-gb18030 0.661% -> 0.648%, big5-as-gbk unchanged; the same 8 for every
#: pair bonus cost big5-as-gbk 3.31% -> 3.36%.
CLOSING_BONUS = 8.0
PAIR_LOOKAHEAD = 100
#: The wrong decodings whose damaged marks are themselves usually damaged, so that an opening mark's partner is
#: credited where a later hole only *may* hold it: Big5 read as GBK loses the lead byte of every mark with an
#: ASCII trail (，。（）「」). UTF-8 read as GBK loses at most a trail byte and decodes most marks intact; there a hole
#: that may hold ） is no evidence for （ (every full-width form is a candidate of a hole in EF BC xx): repair bench
#: utf8-as-gbk CER 1.069% -> 1.029%, big5-as-gbk 4.66% with the possible partner, 4.88% without.
PARTNER_MAY_BE_HIDDEN = frozenset({"big5"})
_PAIRS = {mark: pair for pair in ("“”", "‘’", "（）", "《》", "【】", "「」", "『』") for mark in pair}
#: Share of characters OpenCC t2s changes above which decided text counts as traditional (simplified text: ~0;
#: traditional news: 20-30%).
TRADITIONAL_SHARE = 0.03
#: Penalty (nats) for a simplified-only character chosen for a hole of traditional text: the model reads
#: traditional text through t2s, where 對 and 对 are the same word; e^-5, like a rare word.
SIMPLIFIED_PENALTY = 5.0
#: Confidence of a re-decoding that needed no guessing (the plausibility margin is the evidence).
LOSSLESS_CONFIDENCE = 0.99


def decide_span(stretches: list[Stretch], live: list[int], traditional: bool, hyp: Hypothesis,
                 runs_on: dict[int, bool]) -> dict[int, tuple[str, float]]:
    """The reading and confidence of each ``live`` stretch of a span (:func:`_resolve`), in two passes: the
    second decides again the groups the first left unsure, with the confident ones (:data:`SETTLED`) counted as
    shown, both in the span's evidence (:func:`lattice.evidence`) and as paired marks. Then the groups that chose an
    opening mark with no partner on its line are decided again (:func:`_balance`; ``runs_on``: per stretch,
    whether its last line runs on beyond it). The confidence is the mean posterior of all groups. In traditional
    text a ``?`` between Han characters is read as the form the codec could not write (:func:`_stand_ins`), and
    where such placeholders are frequent, the codec's own form of the same character is judged absent
    (:func:`_other_spellings`)."""
    if not live:
        return {}
    unwritten = _stand_ins(stretches, hyp.target) if traditional else {}
    stretches = [(i, j, unwritten.get(n, slots), links) for n, (i, j, slots, links) in enumerate(stretches)]
    seen = evidence(slots for _, _, slots, _ in stretches)
    other = _other_spellings(hyp.target) if unwritten and _spells_unwritable(stretches, hyp.target) else frozenset()
    first = {n: _resolve(stretches[n][2], traditional, stretches[n][3], hyp, seen, other=other) for n in live}
    settled = {n: _settle(stretches[n][2], *first[n]) for n in live}
    again = seen
    if any(len(settled[n][1]) < len(first[n][1]) for n in live):
        again = evidence(settled[n][0] if n in settled else slots for n, (_, _, slots, _) in enumerate(stretches))
    decided = {}
    for n in live:
        slots, links = stretches[n][2], stretches[n][3]
        (fixed, sure), (chosen, posteriors) = settled[n], first[n]
        confidence = _by_group(slots, posteriors)
        if len(sure) < len(posteriors):
            chosen, unsure = _resolve(fixed, traditional, links, hyp, again, other=other)
            confidence |= _by_group(fixed, unsure)

        def redecide(narrowed: list[Slot], lone: dict[int, str], closes: dict[int, int],
                     links: frozenset[int] = links) -> tuple[list[str], list[float]]:
            return _resolve(narrowed, traditional, links, hyp, again, lone, closes, other)

        chosen = _balance(slots, chosen, confidence, runs_on[n], hyp.target in PARTNER_MAY_BE_HIDDEN, redecide)
        if n in unwritten:
            chosen = _put_back(chosen, slots, hyp.target)
        decided[n] = _reading(chosen, list(confidence.values()))
    return decided


#: What a codec's encoder writes for a character it cannot encode (``errors="replace"``).
PLACEHOLDER = "?"
#: Characters a placeholder between Han characters may stand for (:func:`unwritable`): the likeliest few carry
#: nearly all the weight (Big5: 爲 for 为 most of it, then 着, 裏, 衆; repair bench big5-as-gbk with 爲 alone 2.3235%,
#: with 8 2.3215%).
STAND_INS = 8


def _stand_ins(stretches: list[Stretch], target: str) -> dict[int, list[Slot]]:
    """The stretches (by index) whose slots hold a :data:`PLACEHOLDER` between two Han characters, with those slots
    opened to what it stands for (:func:`unwritable`). Traditional text converted from simplified and encoded in a
    codec that lacks some of its forms (Big5 has 為, not OpenCC's 爲) holds a ``?`` for each: read as the question
    mark it is not (the running-text model reads it as a comma, the word models as a symbol between two words), it
    hides the character from its neighbours' readings (我還以?是 read 我還人?是, where 以爲 is a word). A real
    question mark is not among the options: between two Han characters it is 5 of the 1,061 ``?`` of the repair
    bench's texts converted and encoded so. The placeholder stays in the text (:func:`_put_back`): what it stood
    for is lost."""
    options = unwritable(target)
    if not options:
        return {}
    opened = {}
    for n, (_, _, slots, _) in enumerate(stretches):
        at = [k for k in range(1, len(slots) - 1) if _shows(slots[k], PLACEHOLDER)
              and any(map(is_han, slots[k - 1])) and any(map(is_han, slots[k + 1]))]
        if at:
            opened[n] = [options if k in at else slot for k, slot in enumerate(slots)]
    return opened


#: A span whose placeholders read as forms its codec lacks (:func:`_stand_ins`) number this many or more, at
#: :data:`PLACEHOLDER_RATE` or more, was written in those forms, and not in the codec's own for the same characters
#: (:func:`_other_spellings`): the writer of 爲 does not write 為. (3: repair bench big5-as-gbk 2.3464%, 2: 2.3215%.)
MIN_PLACEHOLDERS = 2
#: ... placeholders per Han character: text converted by OpenCC and encoded in Big5 holds one per 170 (the repair
#: bench's: 1,061 between Han characters in 180k characters, mostly 爲 for 为), while the bench's Taiwanese blog,
#: passed through the same conversion, holds 2 in 2,146 (rare characters s2t changed) and writes 為 9 times; the
#: genuine traditional pages Big5-encoded without the conversion hold none. Half the converted rate. (Without the
#: rate, 2 placeholders anywhere in a span: repair bench big5-as-gbk 2.3236%, the blog 4.29% -> 4.46%.)
PLACEHOLDER_RATE = 0.003
#: Penalty (nats) for such a form chosen for a hole: a form the text does not write, as a simplified-only character
#: in traditional text (:data:`SIMPLIFIED_PENALTY`, e^-5, like a rare word).
OTHER_SPELLING_PENALTY = SIMPLIFIED_PENALTY


def _spells_unwritable(stretches: list[Stretch], target: str) -> bool:
    """Does a span (its slots opened by :func:`_stand_ins`) hold placeholders enough to have been written in the
    forms ``target`` lacks (:data:`MIN_PLACEHOLDERS`, :data:`PLACEHOLDER_RATE` of its known Han characters)?"""
    stand_ins = unwritable(target)
    placeholders = sum(tuple(slot) == stand_ins for _, _, slots, _ in stretches for slot in slots)
    han = sum(len(slot) == 1 and is_han(slot[0]) for _, _, slots, _ in stretches for slot in slots)
    return placeholders >= MIN_PLACEHOLDERS and placeholders >= PLACEHOLDER_RATE * han


@lru_cache(maxsize=4)
def _other_spellings(target: str) -> frozenset[str]:
    """The forms ``target`` writes for the characters it cannot write in the converter's form (Big5's 為 for
    OpenCC's 爲, 眾 for 衆, 啟 for 啓, 裡 for 裏): same character read through t2s, outside GB2312 (so that no
    simplified text and no conversion of one writes them)."""
    keys = {char_t2s(ch) for ch in unwritable(target)}
    return frozenset(ch for ch in decode_pairs(target, range(0x81, 0xFF), range(0x40, 0xFF)).values() if len(ch) == 1
                     and char_t2s(ch) in keys and ch not in unwritable(target) and not _encodes("gb2312", ch))


def _spelled_otherwise_at(options: tuple[str, ...], other: frozenset[str]) -> tuple[int, ...]:
    """The positions of ``options`` in ``other``."""
    return tuple(at for at, ch in enumerate(options) if ch in other)


_SPELLED_OTHERWISE = ArgsMemo(_spelled_otherwise_at, UNARY_ROWS)


def _put_back(chosen: list[str], slots: list[Slot], target: str) -> list[str]:
    """``chosen`` with the :data:`PLACEHOLDER` written back where :func:`_stand_ins` opened a slot."""
    stand_ins = unwritable(target)
    return [PLACEHOLDER if tuple(options) == stand_ins else ch for ch, options in zip(chosen, slots, strict=True)]


@lru_cache(maxsize=4)
def unwritable(target: str) -> tuple[str, ...]:
    """The :data:`STAND_INS` traditional forms (OpenCC s2t of GB2312's characters, one at a time) that ``target``
    cannot encode, the likeliest first: ranked by the summed frequency of the simplified characters written so
    (jieba's dictionary, :func:`lm.char_model`). Derived from the codecs, never listed: empty for UTF-8. Derived
    once per machine and loaded from the model cache: asking OpenCC about 6,763 characters and loading the
    character model for their frequencies cost the first traditional damaged page a process meets 20-25 ms."""
    sources = (Path(__file__), Path(lm.__file__), Path(codecs_cjk.__file__), Path(gbk.__file__),
               Path(convert.__file__), jieba_dictionary(), *opencc_files())
    return cached(f"unwritable-{target}", partial(_unwritable, target), sources)


def _unwritable(target: str) -> tuple[str, ...]:
    """:func:`unwritable`'s cache entry."""
    hanzi = gb2312_hanzi()
    written = converter("s2t").convert("\n".join(hanzi)).split("\n")
    weights: dict[str, float] = {}
    model = lm.char_model()
    for simplified, traditional in zip(hanzi, written, strict=True):
        if len(traditional) == 1 and not _encodes(target, traditional):
            weights[traditional] = weights.get(traditional, 0.0) + math.exp(model.unigram_logp(simplified))
    return tuple(sorted(weights, key=weights.__getitem__, reverse=True)[:STAND_INS])


def _encodes(codec: str, ch: str) -> bool:
    """Can ``codec`` encode ``ch``?"""
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _by_group(slots: list[Slot], posteriors: list[float]) -> dict[int, float]:
    """The posteriors :func:`_resolve` returns for ``slots``, by the first slot of their group."""
    return {n: posterior for (n, _), posterior in zip(groups(slots), posteriors, strict=True)}


def _reading(chosen: list[str], posteriors: list[float]) -> tuple[str, float]:
    """A decided stretch as text, and its confidence: the mean posterior of its groups."""
    return "".join(chosen), LOSSLESS_CONFIDENCE * (sum(posteriors) / len(posteriors) if posteriors else 1.0)


#: log P(a paired mark stands without its partner on its line): measured on the extracted bodies of the 62
#: unlabelled Chinese news pages of the development set, where 4 of 1,758 paired marks do (3 of 880 opening, 1 of
#: 878 closing; add-one smoothed: ln(5/1760)). Brackets and quotations of news prose close within their
#: paragraph. (The opening marks' rate alone, ln(4/882) = -5.4, was measured too: repair bench big5-as-gbk
#: 2.770% -> 2.774%, utf8-as-gbk 0.847% -> 0.848%.)
UNPARTNERED_LOGP = -5.9

#: Re-decides one stretch's groups: ``(narrowed slots, the holes' unpartnered opening marks, the holes that may
#: close an opening mark and where that mark is) -> (choices, posteriors)``.
Redecide = Callable[[list[Slot], dict[int, str], dict[int, int]], tuple[list[str], list[float]]]


def _balance(slots: list[Slot], chosen: list[str], confidence: dict[int, float], runs_on: bool, hidden: bool,
             redecide: Redecide) -> list[str]:
    """``chosen`` with the opening marks put into holes without a closing partner on their line
    (:func:`_unpartnered`) partnered or taken out: decided left to right, a hole takes an opening mark for a
    partner that may follow (the bigram sees one character back), and in Big5 read as GBK 也 and （ (A4 5D and
    A1 5D) or 只 and 「 (A5 75 and A1 75) lose the same lead byte. Where closing marks are themselves lost
    (``hidden``: :data:`PARTNER_MAY_BE_HIDDEN`), the nearest later hole on the line that may hold the partner is
    first decided again with the lone mark's group, its closing mark earning what the lone mark would pay while
    the opening one stands (【糾錯】 whose 】 was read 大); the marks still alone are then decided again at
    :data:`UNPARTNERED_LOGP` instead of their pair term, every other slot held to its choice. Updates
    ``confidence`` with the new posteriors."""
    unpaired = _unpartnered(slots, chosen, runs_on)
    closers = {c: k for k in unpaired if (c := _closing_hole(slots, chosen, k)) is not None} if hidden else {}
    if closers:
        chosen = _redecide_groups(slots, chosen, {*unpaired, *closers}, confidence,
                                  lambda narrowed: redecide(narrowed, {}, closers))
        unpaired = _unpartnered(slots, chosen, runs_on)
    if unpaired:
        chosen = _redecide_groups(slots, chosen, unpaired, confidence,
                                  lambda narrowed: redecide(narrowed, {k: chosen[k] for k in unpaired}, {}))
    return chosen


def _redecide_groups(slots: list[Slot], chosen: list[str], holes: set[int] | frozenset[int],
                     confidence: dict[int, float],
                     redecide: Callable[[list[Slot]], tuple[list[str], list[float]]]) -> list[str]:
    """``chosen`` with the groups holding ``holes`` decided again, every other slot held to its choice."""
    narrowed = list(slots)  # a slot with one option holds its choice already: only the other groups are narrowed
    for n, end in groups(slots):
        if not any(k in holes for k in range(n, end)):  # a group's few slots, not every hole once per group
            narrowed[n:end] = [(ch,) for ch in chosen[n:end]]
    picks, posteriors = redecide(narrowed)
    confidence |= _by_group(narrowed, posteriors)
    return picks


def _closing_hole(slots: Sequence[Sequence[str]], chosen: Sequence[str], k: int) -> int | None:
    """The nearest hole after the opening mark at ``k`` on its line that may hold its closing partner."""
    closing = _PAIRS[chosen[k]][1]
    for n in range(k + 1, len(chosen)):
        if chosen[n] == "\n":
            return None
        if len(slots[n]) > 1 and closing in slots[n]:
            return n
    return None


def _unpartnered(slots: Sequence[Sequence[str]], chosen: Sequence[str], runs_on: bool) -> frozenset[int]:
    """The holes (slots with several options) whose chosen opening mark no closing mark of its pair follows on its
    line (nested like brackets). A last line that runs on beyond the stretch (``runs_on``) may close its marks
    there: those are not judged. Closing marks need no such check: :func:`_pair_bonus` sees what precedes them."""
    found: set[int] = set()
    breaks = [n for n, ch in enumerate(chosen) if ch == "\n"]
    bounds = list(itertools.pairwise([-1, *breaks, len(chosen)]))
    for lo, hi in bounds[:-1] if runs_on else bounds:
        open_marks: dict[str, list[int]] = {}
        for n in range(lo + 1, hi):
            pair = _PAIRS.get(chosen[n])
            if pair and chosen[n] == pair[0]:
                open_marks.setdefault(pair, []).append(n)
            elif pair and open_marks.get(pair):
                open_marks[pair].pop()
        found.update(n for stack in open_marks.values() for n in stack if len(slots[n]) > 1)
    return frozenset(found)


#: Posterior above which a decided group counts, for the rest of its span, as if the bytes had shown it: the
#: document's names and words recur, and an occurrence whose context decides them (容城縣) informs those whose
#: context does not (容城以東).
SETTLED = 0.95


def _settle(slots: list[Slot], chosen: list[str], posteriors: list[float]
            ) -> tuple[list[Slot], list[float]]:
    """``slots`` with each group decided with posterior :data:`SETTLED` or more narrowed to its choice, and the
    posteriors of those groups."""
    fixed, sure = list(slots), []
    for (n, end), posterior in zip(groups(slots), posteriors, strict=True):
        if posterior >= SETTLED:
            fixed[n:end] = [(ch,) for ch in chosen[n:end]]
            sure.append(posterior)
    return fixed, sure


def _resolve(slots: list[Slot], traditional: bool, links: frozenset[int], hyp: Hypothesis,
             seen: Evidence, unpaired: dict[int, str] | None = None, closes: dict[int, int] | None = None,
             other: frozenset[str] = frozenset()) -> tuple[list[str], list[float]]:
    """Pick one character per slot: where holes leave several, the character bigram model decides each run of
    adjacent holes jointly between its known neighbours (:func:`lattice.decide`). ``traditional`` text is
    scored through OpenCC t2s (the model's dictionary is simplified), and a simplified-only character pays
    :data:`SIMPLIFIED_PENALTY` there; simplified text is scored as it is, so that a traditional character cannot
    slip into it. Across each of ``links`` the two lost bytes must be ones the wrong decoder gives up on together.
    Returns the choices and the posterior of each group of holes. ``seen``: the pairs the span shows intact
    (:func:`lattice.evidence`). :func:`_balance` passes ``unpaired``, opening marks known to have no partner on
    their line at those slots, which score :data:`UNPARTNERED_LOGP` there instead of :func:`_pair_bonus`, and
    ``closes``, holes that may close the opening mark chosen at another slot: their closing mark earns
    -:data:`UNPARTNERED_LOGP` while that mark stands. ``other``: forms the text does not write
    (:func:`_other_spellings`), which pay :data:`OTHER_SPELLING_PENALTY`."""

    hidden = hyp.target in PARTNER_MAY_BE_HIDDEN
    lone, partners = unpaired or {}, closes or {}

    def unary(chosen: Sequence[str], n: int, options: tuple[str, ...]) -> list[float]:
        scores = list(_penalties(options)) if traditional else [0.0] * len(options)
        if other:
            for at in _SPELLED_OTHERWISE[options, other]:
                scores[at] -= OTHER_SPELLING_PENALTY
        for at in _mark_positions(options):
            ch = options[at]
            if lone.get(n) == ch:
                pair = UNPARTNERED_LOGP
            elif n in partners and chosen[partners[n]] + ch == _PAIRS.get(ch):
                pair = -UNPARTNERED_LOGP
            else:
                pair = _pair_bonus(slots, chosen, n, ch, hidden)
            scores[at] += pair + _clause_length(chosen, n, ch) + _lone_dash(slots, chosen, n, ch)
        return scores

    def joins(n: int, before: str, after: str) -> bool:
        return n not in links or BYTES_JOINS[hyp.wrong, hyp.target, before, after]

    return decide(slots, traditional, unary, joins, seen, links, lambda before, options: ruled_out(
        hyp, before, options))


#: log10 of how much likelier than average a clause mark is after ``d`` characters of its clause (since the last
#: clause mark or line start), by ``d``: measured on the extracted bodies of the 62 unlabelled Chinese news
#: pages of the development set (183k positions, add-one smoothed, rounded to 0.1; pooled from 16 on). Right
#: after a mark, MARK_AFTER_SEPARATOR already decides.
CLAUSE_LENGTH_LOG10 = (0.0, -1.1, -0.2, -0.4, 0.0, -0.1, 0.0, 0.0, 0.1, 0.1, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3)
#: The same factors in nats, the lattice's unit (converted once: they are asked for every option of every hole).
_CLAUSE_LENGTH_NATS = tuple(math.log(10) * factor for factor in CLAUSE_LENGTH_LOG10)
#: The marks that end a clause, for :func:`_clause_length`: what it scores, and where it stops counting back.
CLAUSE_MARKS = frozenset("，。、：；？！")


def _clause_length(chosen: Sequence[str], n: int, ch: str) -> float:
    """A clause mark's factor (nats) for the length of the clause it would end (:data:`CLAUSE_LENGTH_LOG10`):
    the lattice's bigram sees one character back, not how long the clause has run."""
    if ch not in CLAUSE_MARKS:
        return 0.0
    longest = len(_CLAUSE_LENGTH_NATS) - 1
    d = 0
    while d < longest and n - d - 1 >= 0 and chosen[n - d - 1] not in CLAUSE_MARKS and chosen[n - d - 1] != "\n":
        d += 1
    return _CLAUSE_LENGTH_NATS[d]


#: The dash is written twice as one (——): on the extracted bodies of the 62 unlabelled Chinese news pages of the
#: development set, 29 of its 32 runs are doubled and the 3 lone dashes open the second number of a range
#: (2元—10元, 1—8月); none stands alone before anything else. log P (nats) of that, add-one smoothed: ln(1/34).
#: Big5 — (A1 58) and 出 (A5 58) read as GBK share the surviving byte. (The ellipsis, 17 of 18 runs doubled, was
#: measured too and left out: forum text ends lines with a lone one, 等…, and a range's second number may follow a
#: unit, 17日—19日.)
LONE_DASH_LOGP = -3.53
DASH = "—"


def _lone_dash(slots: Sequence[Sequence[str]], chosen: Sequence[str], n: int, ch: str) -> float:
    """:data:`LONE_DASH_LOGP` for a dash in slot ``n`` that neither follows a dash nor may be followed by one or by
    a digit (a range); 0 for anything else, and at a stretch's end, where what follows is not known."""
    if ch != DASH or n + 1 >= len(slots) or (n and chosen[n - 1] == DASH):
        return 0.0
    return 0.0 if any(option == DASH or option.isdigit() for option in slots[n + 1]) else LONE_DASH_LOGP


def _pair_bonus(slots: Sequence[Sequence[str]], chosen: Sequence[str], n: int, ch: str, hidden: bool) -> float:
    """Paired marks balance: a hidden ” or ） closes the last open “ or （ (and pays the bonus where nothing is
    open), a hidden “ or （ opens where none is open and its partner can follow (a later slot holds it, or, with
    ``hidden``, may hold it: :data:`PARTNER_MAY_BE_HIDDEN`). The closing mark earns :data:`CLOSING_BONUS` for an
    opening mark the bytes show, or, without ``hidden``, one chosen before (there openings are only guessed for a
    partner the bytes show). An opening mark never ends a line, a closing mark never starts one: those pay the
    bonus instead."""
    pair = _PAIRS.get(ch)
    if not pair:
        return 0.0
    opening, closing = pair[0], pair[1]
    beside = slots[n + 1] if ch == opening and n + 1 < len(slots) else slots[n - 1] if ch == closing and n else ""
    if len(beside) == 1 and beside[0].isspace():
        return -PAIR_BONUS
    last = _last_of(chosen, n, pair)
    if ch == closing:  # in Big5 a guessed opening mark would start a cascade of guesses (:data:`CLOSING_BONUS`)
        if last is None or chosen[last] == closing:
            return -PAIR_BONUS  # nothing open to close
        return CLOSING_BONUS if _shows(slots[last], opening) or not hidden else 0.0
    if last is not None and chosen[last] == opening:
        return 0.0
    for options in slots[n + 1:n + 1 + PAIR_LOOKAHEAD]:
        if _shows(options, closing) or (hidden and closing in options):
            return PAIR_BONUS
        if _shows(options, opening):
            break
    return 0.0


def _last_of(chosen: Sequence[str], n: int, pair: str) -> int | None:
    """The last slot before ``n``, at most :data:`PAIR_LOOKBACK` back, whose choice is either mark of ``pair``:
    searched in the joined choices (one character each), as two string searches rather than a step per slot (a
    hole's paired marks look back 400 slots when nothing is open)."""
    lo = max(0, n - PAIR_LOOKBACK)
    window = "".join(chosen[lo:n])
    at = max(window.rfind(pair[0]), window.rfind(pair[1]))
    return lo + at if at >= 0 else None


def _shows(options: Sequence[str], ch: str) -> bool:
    """Do the bytes decide the slot of ``options``, as ``ch`` (compared by content: a slot is any sequence)?"""
    return len(options) == 1 and options[0] == ch


@memoised(UNARY_ROWS)
def _penalties(options: tuple[str, ...]) -> tuple[float, ...]:
    """The part of each option's unary term in traditional text that depends on the character alone:
    :data:`SIMPLIFIED_PENALTY` for a simplified-only character."""
    return tuple(-SIMPLIFIED_PENALTY if _is_simplified_only(ch) else 0.0 for ch in options)


@memoised(UNARY_ROWS)
def _mark_positions(options: tuple[str, ...]) -> tuple[int, ...]:
    """The options whose unary term depends on the choices around them: paired marks (:func:`_pair_bonus`), clause
    marks (:func:`_clause_length`) and the dash (:func:`_lone_dash`); every other option's term is its
    :func:`_penalties` entry."""
    return tuple(at for at, ch in enumerate(options) if ch in _PAIRS or ch in CLAUSE_MARKS or ch == DASH)


@memoised(65536)
def _is_simplified_only(ch: str) -> bool:
    """OpenCC s2t changes it and t2s leaves it: a simplified form that traditional text does not write."""
    return converter("s2t").convert(ch) != ch and converter("t2s").convert(ch) == ch


def looks_traditional(slots: list[Slot]) -> bool:
    """Do the characters the bytes decide alone read as traditional Chinese (OpenCC t2s changes them)?"""
    known = "".join(s[0] for s in slots if len(s) == 1)
    changed = sum(a != b for a, b in zip(known, converter("t2s").convert(known), strict=False))
    return changed > TRADITIONAL_SHARE * len(known)
