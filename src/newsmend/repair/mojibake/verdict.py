"""Stage 6 of the mojibake repair: keep a re-decoding only if it is far more plausible than the text it replaces.

Plausibility (:mod:`newsmend.repair.plausibility`) must gain :data:`MIN_GAIN` and a share per character, no junk
may be added, and the input judged in its own script (Russian or French as it stands) must lose. Lost text
(``锟斤拷``) is flagged, never invented.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from newsmend.repair import codecs_cjk as cc
from newsmend.repair import plausibility
from newsmend.repair.model_cache import cached, wordfreq_chinese_files
from newsmend.repair.mojibake.choice import UNARY_ROWS
from newsmend.repair.mojibake.reencode import Bytes, Hypothesis
from newsmend.repair.plausibility import (
    JUNK,
    char_score,
    own_script_bounds,
    own_script_score,
    text_score,
)
from newsmend.repair.punctuation import FULL_WIDTH

if TYPE_CHECKING:
    import numpy as np

#: A re-decoding must beat the span it replaces by this much (log10 units: 10^6 times more plausible).
#: Calibrated on the bench: genuine "……" / "——" / "·" / "°C" in Chinese text gain < 0; one real mojibake
#: character gains > 6.
MIN_GAIN = 6.0
#: Wrong decoders that lose exactly the characters the true codec adds to theirs: GB2312 gives up on every
#: character GBK added to it, rare by construction (names such as 镕 and 喆, 〇, traditional forms), so a filled
#: hole always reads less plausible than the U+FFFD it replaces, and often as the only change (``朱�F基``). There
#: the verdict leaves the holes' characters out of the comparison, as lost text, and weighs the rest of the
#: reading: the bytes the decoder read one byte out of phase, the ASCII trail bytes it read as letters. What says
#: the holes are such characters is the text itself (only GB2312's repertoire, in Chinese: ``mojibake``'s gate).
BLIND_HOLES = frozenset({"gb2312"})
#: Their margin where the reading keeps every character the decoder read in phase (``二��二��年`` -> ``二〇二〇年``,
#: ``朱�F基`` -> ``朱镕基``): no less plausible, holes left out. A reading that re-reads characters out of phase
#: needs :data:`MIN_GAIN`, like any other: clean Chinese with three stray U+FFFD read so, holes left out, may lose
#: a character and look more plausible (the shared bench's bodies: 1 of 164 at margin 0); GB2312's misreadings gain
#: 10-20.
BLIND_MIN_GAIN = 0.0
#: A lost byte and the ASCII byte a lenient decoder read after it: under GBK read as GB2312 one character, whose
#: trail byte is 0x40-0x7E.
_LOST_WITH_TRAIL = re.compile("\ufffd[\x40-\x7e]?")
#: A lost byte inside an ASCII word: two letters on each side, or three small ones after it. A GBK character's
#: trail byte read as a letter follows a lost byte and is followed by the next character, in Chinese text seldom
#: a word (``Jenny�f道``: 說 after a name; ``影��CPI``: 響 before an acronym); English words that lost a byte are
#: so (``ChatG�PT``, ``�comp``). On the shared bench's Chinese bodies with three stray U+FFFD each, 10 of 158
#: texts lost a letter without this test, 3 with it; the bodies misread as GB2312 lose nothing to it.
_IN_ASCII_WORD = re.compile("[A-Za-z]{2}\ufffd[A-Za-z]{2}|\ufffd[a-z]{3}")
#: Characters around a change that :data:`_IN_ASCII_WORD` looks at.
WORD_REACH = 3


LOST = "\ufffd" * 2
#: What U+FFFD written as UTF-8 and read as GBK looks like (锟斤拷): the original text is gone.
LOST_PATTERN = re.compile(re.escape(LOST.encode("utf-8").decode("gbk")))


@dataclass(frozen=True, slots=True)
class Proposal:
    start: int
    end: int
    after: str
    gain: float
    confidence: float
    flag: str
    family: str
    #: Does the reading fill lost characters and change nothing else (:func:`_fills_only`)?
    fills_only: bool = False
    #: Does the reading re-read characters out of phase (not :func:`_in_phase`), with the margin of any other?
    out_of_phase: bool = False


#: Slack (log10 units) on the bounds of :func:`may_pass` and :func:`_own_script_gains`: a bound and the exact
#: score sum the same scores in a different order, so their floating-point results may differ in the last bits.
ROUNDING_SLACK = 1e-6


def may_pass(before: str, slots: Sequence[Sequence[str]], hyp: Hypothesis) -> bool:
    """Could any reading of ``slots`` pass :func:`judge` in place of ``before``? A cheap necessary test that
    spares the lattice the stretches a hypothesis makes of another family's mojibake (most of them): the
    verdict needs a mark of the target family in ``before`` (trimming only removes characters) and a gain of
    :data:`MIN_GAIN`, which no reading exceeds if every slot took its most plausible option (U+FFFD, left out
    of the comparison, counts 0)."""
    if not _has_mark(before, hyp):
        return False
    blind = hyp.wrong in BLIND_HOLES
    best = sum(_plausibility(options[0]) if len(options) == 1 else 0.0 if blind else _best_plausibility(tuple(options))
               for options in slots)
    margin = BLIND_MIN_GAIN if blind else MIN_GAIN
    return best - text_score(before.replace(cc.REPLACEMENT, "")) >= margin - ROUNDING_SLACK


#: The true codecs whose characters are one byte (ASCII) or two (a lead and a trail byte, a lost lead byte too:
#: :func:`.stretches._hole_lead_length`), for which :func:`stretch_ranges` bounds every stretch.
TWO_BYTE_TARGETS = frozenset({"big5", "gbk"})
#: Slack (log10 units) of :func:`stretch_ranges`: its bound sums the same scores as :func:`may_pass` in another
#: order and as halves, in numpy; far above their rounding, far below any gain that matters.
SPAN_BOUND_SLACK = 1e-3


#: Runs of a span's characters, ``(first, end)``: :func:`.stretches.find_stretches` walks them one by one.
Ranges = list[tuple[int, int]]


def stretch_ranges(chars: str, enc: Bytes, hyp: Hypothesis) -> tuple[Ranges, Ranges] | None:
    """Where in the span ``chars``, re-encoded as ``enc``, a stretch (:func:`.stretches.find_stretches`) could pass
    :func:`may_pass`: the runs of characters that may hold one, and the others (None: no bound for this
    hypothesis). Found before the stretches are walked, so that a hypothesis that does not hold walks little of
    the span (Big5 read as GBK tried on UTF-8 read as GBK) and proposes nothing where no run may pass.

    Each byte is given half the score of the best character that may cover it (the two-byte character starting
    there or one byte before, or the ASCII character it is), a character with a lost byte the best its lead or
    trail makes in the target codec (0 with both lost, or where holes are weighed blind: :data:`BLIND_HOLES`),
    no value where no character can cover it; a stretch's best reading (what :func:`may_pass` sums) is at most
    the sum over its bytes, so its gain is at most the sum, over its characters, of their bytes' values less their
    own :func:`_plausibility`. A character with an uncovered byte is in no stretch, and the walks restart after it
    (every walk that reaches it stops there): the runs end there, and each may pass if some run of its characters
    sums to the margin. Only for :data:`TWO_BYTE_TARGETS`."""
    if hyp.target not in TWO_BYTE_TARGETS or not chars:
        return None
    import numpy as np

    # Every character of a span has bytes (:func:`~.reencode.span_pattern` leaves out what GB18030 cannot encode).
    per_char = np.add.reduceat(_byte_bounds(enc, hyp), enc.bounds[:-1])
    # :func:`_plausibility` of each character (U+FFFD, lost text, scores 0, as a space does) in one pass.
    per_char -= np.fromiter(map(char_score, chars.replace(cc.REPLACEMENT, " ")), float, len(chars))
    walls = np.flatnonzero(np.isneginf(per_char))
    # A wall weighs more than the others could gain together (none more than -JUNK): no best run crosses one.
    prefix = np.concatenate(([0.0], np.cumsum(np.maximum(per_char, JUNK * len(chars) - 1.0))))
    ending = prefix[1:] - np.minimum.accumulate(prefix[:-1])  # the best run ending at each character
    firsts = np.concatenate(([0], walls[walls + 1 < len(chars)] + 1))
    margin = BLIND_MIN_GAIN if hyp.wrong in BLIND_HOLES else MIN_GAIN
    passing = (np.maximum.reduceat(ending, firsts) >= margin - SPAN_BOUND_SLACK).tolist()
    ranges = list(zip(firsts.tolist(), [*firsts[1:].tolist(), len(chars)], strict=True))
    return ([r for r, ok in zip(ranges, passing, strict=True) if ok],
            [r for r, ok in zip(ranges, passing, strict=True) if not ok])


def _byte_bounds(enc: Bytes, hyp: Hypothesis) -> np.ndarray:
    """For :func:`stretch_ranges`: per byte of ``enc``, half the score of the best character that may cover it
    (-inf where none can)."""
    import numpy as np

    pairs, rows, columns, single = _pair_halves(hyp.target)
    data = np.frombuffer(enc.data, dtype=np.uint8)
    size = len(data)
    two = np.full(size, -np.inf)  # the two-byte character starting at each byte; none at the last one
    two[:-1] = pairs[data[:-1].astype(np.intp) << 8 | data[1:]]
    one = data < 0x80
    if enc.hole_list:  # the characters a lost byte leads and those it ends, then those whose bytes are both lost
        holes = np.array(enc.hole_list, dtype=np.intp)
        one[holes] = False
        leads, trails = holes[holes + 1 < size], holes[holes > 0] - 1
        blind = hyp.wrong in BLIND_HOLES
        two[leads] = 0.0 if blind else columns[data[leads + 1]]
        two[trails] = 0.0 if blind else rows[data[trails]]
        two[[hole for hole in enc.hole_list if hole + 1 in enc.holes]] = 0.0
    here = np.where(one, single[data], two)
    spilling = np.where(one, -np.inf, two)  # the two-byte characters starting at a byte cover the next one too
    here[1:] = np.maximum(here[1:], spilling[:-1])
    return here


@lru_cache(maxsize=2)
def _pair_halves(target: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Half the :func:`_plausibility` of the character each two-byte sequence decodes to in ``target``, indexed by
    ``lead << 8 | trail`` (-inf where none); its best by lead (a lost trail) and by trail (a lost lead); and the
    whole score of each ASCII byte's character (-inf above ASCII). Derived once per machine: scoring the 36k
    pairs of both targets cost the first damaged page a process meets 0.2-0.3 s."""
    import numpy as np

    sources = (Path(__file__), Path(plausibility.__file__), Path(cc.__file__), *wordfreq_chinese_files())
    pairs, single = (np.frombuffer(table) for table in cached(f"pair-halves-{target}", partial(_pair_table, target),
                                                              sources))
    grid = pairs.reshape(0x100, 0x100)
    return pairs, grid.max(axis=1), grid.max(axis=0), single


def _pair_table(target: str) -> tuple[bytes, bytes]:
    """:func:`_pair_halves`' cache entry: the pairs' halves and the ASCII bytes' scores, as float64 bytes."""
    pairs = array("d", [-math.inf]) * (1 << 16)
    for lead in range(0x80, 0x100):
        if lead in cc.lead_values(target, 2):
            for trail in range(0x100):
                ch = cc.decode_strict(target, bytes((lead, trail)))
                if ch is not None:  # no bound on a pair read as two characters (neither codec makes one)
                    pairs[lead << 8 | trail] = _plausibility(ch) / 2 if len(ch) == 1 else 0.0
    single = array("d", [_plausibility(chr(b)) if b < 0x80 else -math.inf for b in range(0x100)])
    return pairs.tobytes(), single.tobytes()


def _plausibility(ch: str) -> float:
    """:func:`char_score` as :func:`may_pass` counts it: U+FFFD (lost text) 0."""
    return 0.0 if ch == cc.REPLACEMENT else char_score(ch)


@lru_cache(maxsize=UNARY_ROWS)
def _best_plausibility(options: tuple[str, ...]) -> float:
    """The most plausible option of a hole (:func:`_plausibility`), cached: holes repeat a few hundred patterns."""
    return max(map(_plausibility, options))


def judge(text: str, start: int, end: int, after: str, confidence: float, hyp: Hypothesis,
           family: str, per_char: float, guessed: frozenset[int] = frozenset()) -> Proposal | None:
    """Trim the unchanged edges and keep the re-decoding only if it is much more plausible and adds no junk.
    ``guessed``: the positions in ``after`` of characters that filled holes (weighed as lost text where
    :data:`BLIND_HOLES`)."""
    before = text[start:end]
    head = _shared_head(before, after)
    tail = _shared_head(before[head:][::-1], after[head:][::-1])
    blind = hyp.wrong in BLIND_HOLES
    weighed = "".join(cc.REPLACEMENT if n in guessed else ch for n, ch in enumerate(after)) if blind else after
    before, after = before[head:len(before) - tail], after[head:len(after) - tail]
    weighed = weighed[head:len(weighed) - tail]
    if not before:
        return None
    if (after or blind) and not after.strip(cc.REPLACEMENT):
        # Only lost text here: say so (flag), but leave the visible trace alone. Where holes weigh nothing, fewer
        # U+FFFD (two lost bytes read as one lost character) would pass as no loss.
        return None
    if blind and _IN_ASCII_WORD.search(text, max(0, start + head - WORD_REACH), end - tail + WORD_REACH):
        return None
    # Lost text is neither a gain nor a loss: U+FFFD (in or out) and 锟斤拷 are left out of the comparison.
    seen = LOST_PATTERN.sub("", before).replace(cc.REPLACEMENT, "")
    gain = text_score(weighed.replace(cc.REPLACEMENT, "")) - text_score(seen)
    in_phase = blind and _in_phase(before, weighed)
    if in_phase:
        margin = BLIND_MIN_GAIN
    elif blind:
        margin = MIN_GAIN
    else:
        margin = max(MIN_GAIN, per_char * len(seen))
    if gain < margin or _junk(after, hyp) > _junk(before, hyp):
        return None
    if not _own_script_gains(text, start + head, end - tail, weighed, margin if blind else MIN_GAIN):
        return None
    if not _has_mark(before, hyp):
        return None
    return Proposal(start + head, end - tail, after, gain, confidence, _flag(before, hyp), family,
                    blind and _fills_only(before, weighed), blind and not in_phase)


def _in_phase(before: str, weighed: str) -> bool:
    """Does a reading weighed blind (:data:`BLIND_HOLES`) change only the lost bytes, the trail bytes read after
    them and the pairs the two codecs map differently, reading every other character of ``before`` as it was?"""
    kept = _LOST_WITH_TRAIL.sub("", before).translate(_gb2312_table())
    return kept == weighed.replace(cc.REPLACEMENT, "")


def _fills_only(before: str, weighed: str) -> bool:
    """Does a reading weighed blind (:data:`BLIND_HOLES`) only put whole characters where ``before`` has U+FFFD,
    reading no trail byte as ASCII and nothing out of phase (``讨论��的`` -> ``讨论會的``)? Such a reading shows
    nothing of the wrong decoder but its U+FFFD, and any decoder writes those (``mojibake._signed``)."""
    return before.replace(cc.REPLACEMENT, "").translate(_gb2312_table()) == weighed.replace(cc.REPLACEMENT, "")


@lru_cache(maxsize=1)
def _gb2312_table() -> dict[int, str]:
    return str.maketrans(cc.gb2312_differences())


#: The marks the punctuation stage widens, widened in the context a re-decoding is judged in: that stage runs after
#: this one, so a verdict that read ``Ã\xa0,`` apart from ``Ã\xa0，`` would change on the text it repaired.
_WIDE_MARKS = str.maketrans(FULL_WIDTH)


def _own_script_gains(text: str, start: int, end: int, after: str, margin: float) -> bool:
    """Is the re-decoding ``margin`` more plausible than ``text[start:end]`` judged in its own script? Both
    sides widened to whole words, so a French or Russian word the edit would cut into is scored as the word it
    is. When the floor of the re-decoding's score beats the ceiling of the input's by the margin
    (:func:`plausibility.own_script_bounds`), the exact scores cannot say otherwise and are not computed."""
    lo, hi = start, end
    while lo > 0 and _in_word(text[lo - 1]):
        lo -= 1
    while hi < len(text) and _in_word(text[hi]):
        hi += 1
    lo, hi = max(0, lo - 1), min(len(text), hi + 1)  # and the character around: a space, a digit
    left, right = text[lo:start].translate(_WIDE_MARKS), text[end:hi].translate(_WIDE_MARKS)
    before = LOST_PATTERN.sub("", left + text[start:end] + right).replace(cc.REPLACEMENT, "")
    widened = (left + after + right).replace(cc.REPLACEMENT, "")
    if own_script_bounds(widened)[0] - own_script_bounds(before)[1] >= margin + ROUNDING_SLACK:
        return True
    return own_script_score(widened) - own_script_score(before) >= margin


def _in_word(ch: str) -> bool:
    """Letters, combining marks and the soft hyphen continue a word."""
    return ch == "\u00ad" or unicodedata.category(ch)[0] in "LM"


def _shared_head(a: str, b: str) -> int:
    """Length of the common prefix of ``a`` and ``b``."""
    return next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _has_mark(before: str, hyp: Hypothesis) -> bool:
    """Does ``before`` hold a character that only this hypothesis' mojibake makes often (:func:`_marks`)? A
    single-byte reading needs none: its verdict rests on the plausibility margin alone."""
    return hyp.wrong == "single-byte" or any(map(_marks(hyp).__contains__, before))


@lru_cache(maxsize=4)
def _marks(hyp: Hypothesis) -> frozenset[str]:
    """Characters that only mojibake of ``hyp.target`` bytes read by ``hyp.wrong`` makes often: U+FFFD for every
    lenient decoder; GB2312 reads the rest of GBK text as GBK does, so it has no other; GBK makes rare characters
    of UTF-8 leads and kana of Big5 leads, GB18030 private-use characters of bytes GBK leaves unassigned."""
    if hyp.wrong == "gb2312":
        return frozenset(cc.REPLACEMENT)
    typical = cc.utf8_as_gbk_marks() if hyp.target == "utf-8" else cc.big5_as_gbk_marks()
    return typical | {cc.REPLACEMENT} | {chr(c) for c in range(0xE000, 0xF900)}


def _junk(text: str, hyp: Hypothesis) -> int:
    """Junk characters a re-decoding made: not U+FFFD (lost text decodes to it honestly), not ASCII controls
    (those were there before, byte for byte), and, when the true codec is UTF-8, not private-use characters: a
    valid three-byte sequence decodes to them only where the page wrote one (the icons of web fonts, U+E000-F8FF),
    and one icon must not keep a whole page of mojibake (GB18030 makes them of bytes GBK leaves unassigned).
    Judged once per distinct character (a whole page holds a few hundred), counted only for the junk ones."""
    return sum(text.count(ch) for ch in set(text)
               if ch > "\x7f" and ch != cc.REPLACEMENT and char_score(ch) <= JUNK
               and not (hyp.target == "utf-8" and "\ue000" <= ch <= "\uf8ff"))


def _flag(before: str, hyp: Hypothesis) -> str:
    """The flag naming this mojibake, e.g. ``utf8-as-gbk``."""
    true = {"utf-8": "utf8", "gb18030": "gbk", "gbk": "gbk", "big5": "big5"}[hyp.target]
    if hyp.wrong == "gb2312":
        return f"{true}-as-gb2312"
    if hyp.wrong == "single-byte":
        return f"{true}-as-{'cp1252' if not cc.cp1252_specials().isdisjoint(before) else 'latin1'}"
    try:
        before.replace(cc.REPLACEMENT, "").encode("gbk")
    except UnicodeEncodeError:
        return f"{true}-as-gb18030"
    return f"{true}-as-gbk"
