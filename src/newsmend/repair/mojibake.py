"""Undo CJK mojibake: text that was decoded with the wrong codec, in whole documents or in runs of them.

The cascade, for one document:
  1. pre-check  -- one compiled regex for characters typical of some mojibake (:func:`codecs_cjk.suspect_pattern`);
                   clean text stops here, so it costs one scan;
  2. windows    -- the suspicious characters, clustered, plus :data:`CONTEXT` characters on each side;
  3. spans      -- for each hypothesis (wrong codec -> true codec), the maximal stretches of a window the wrong
                   codec can encode; re-encoding them gives the original bytes, with a *hole* (one unknown byte)
                   for each U+FFFD a lenient GBK/GB18030 decoder wrote;
  4. stretches  -- the runs of those bytes that decode in the true codec, character by character, aligned with
                   character boundaries of the damaged text. A hole is filled with every byte value that decodes
                   and that would have made the wrong decoder give up there;
  5. choice     -- where a hole leaves several characters, the lattice (:mod:`newsmend.repair.lattice`) decides
                   each run of adjacent holes jointly from its neighbours: a character bigram with the same
                   document's intact pairs, then the word model on the likely options; paired marks balance, a
                   clause mark weighs the length of the clause it ends, and two lost bytes in a row must be ones
                   GBK gives up on together. Stretches no reading could make pass the verdict are not decided;
                   the others twice, the second time with the confident choices of the first counted as shown;
  6. verdict    -- a re-decoding is kept only if it is much more plausible than the text it replaces
                   (:mod:`newsmend.repair.plausibility`, margin :data:`MIN_GAIN`) and adds no junk characters,
                   also when the input is judged in its own script (whole words, wordfreq for the languages
                   of that script: Russian or French text is plausible as it stands, not a string of rare
                   letters);
                   overlapping proposals of different hypotheses: the most plausible wins;
  7. rounds     -- repeat on the result (text encoded twice is undone in two rounds), at most :data:`MAX_ROUNDS`.

Lost text is not invented: U+FFFD that was itself written as UTF-8 and read as GBK (``锟斤拷``) decodes back to
U+FFFD and raises the ``"lost-text"`` flag. Written by hand because no library undoes GBK/Big5 mojibake (ftfy
handles the Latin-1/cp1252 family only).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsmend.repair import codecs_cjk as cc
from newsmend.repair.config import RepairConfig
from newsmend.repair.convert import converter
from newsmend.repair.fixer import Pass
from newsmend.repair.lattice import Evidence, decide, evidence, groups
from newsmend.repair.plausibility import (
    COMMON_PUNCTUATION,
    JUNK,
    char_score,
    own_script_bounds,
    own_script_score,
    text_score,
)
from newsmend.repair.trail import Edit, Trail

#: Characters of context added on each side of a cluster of suspicious characters: the first characters of a
#: mojibake run need not be suspicious themselves (calibrated on the bench's utf8-as-gbk cases, where one in
#: two or three characters is a marker).
CONTEXT = 16
#: A re-decoding must beat the span it replaces by this much (log10 units: 10^6 times more plausible).
#: Calibrated on the bench: genuine "……" / "——" / "·" / "°C" in Chinese text gain < 0; one real mojibake
#: character gains > 6.
MIN_GAIN = 6.0
#: ... and by this much per replaced character (U+FFFD aside), so that many small coincidental gains over a long
#: span of real text do not add up to a change. Calibrated on the bench: Big5-read-as-GBK runs gain 0.4-2 per
#: character (GBK reads most Big5 pairs as common characters), UTF-8 and GBK mojibake 1.8-8.
GAIN_PER_CHAR = 0.3
#: ... and nothing per character once an earlier round has repaired the same family in the text: there the many
#: small gains of a long Big5 run (common characters read as other common characters) are what they look like.
#: Calibrated on the bench: big5-as-gbk CER 3.67% -> 3.30%, no other document changed; clean kinds never reach a
#: second round.
GAIN_PER_CHAR_CONFIRMED = 0.0
#: Rounds of repair (mojibake of mojibake needs two; a third never helped on the bench).
MAX_ROUNDS = 3
#: At most this many byte combinations are tried for one character with several holes: every combination of
#: two unknown bytes (a Big5 or GBK character lost whole), not all of three.
MAX_COMBOS = 256 * 256
#: A two-byte character with both bytes unknown is guessed only inside a run of at most this many unknown bytes
#: (Big5 长, 的 read as GBK: the lead and the trail both give up, often before a punctuation mark that gives
#: up too); longer runs were unreadable before the wrong decoding, and nothing around them constrains a guess.
MAX_GUESSED_RUN = 4
#: Candidates per hole given to the lattice (:mod:`newsmend.repair.lattice`), the most frequent characters first
#: (the lattice keeps fewer in groups of several holes: ``lattice.MAX_JOINT_OPTIONS``). Calibrated on the bench's
#: big5-as-gbk: 32 -> 64 took CER 5.3% -> 4.9% (a Big5 character lost whole has a hundred or so readings, and the
#: truth is often not among the 32 most frequent); 64 -> 256 3.153% -> 3.101%.
MAX_CHOICES = 256
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

LOST = "\ufffd" * 2
#: What U+FFFD written as UTF-8 and read as GBK looks like (锟斤拷): the original text is gone.
_LOST_PATTERN = re.compile(re.escape(LOST.encode("utf-8").decode("gbk")))


@dataclass(frozen=True, slots=True)
class Hypothesis:
    """Text of ``target`` bytes was decoded as ``wrong`` ("single-byte": Latin-1/cp1252, or "gbk")."""

    wrong: str
    target: str


#: The hypotheses tried where the marks of each family cluster (family names as in ``family_patterns``).
HYPOTHESES = {
    "single-byte": (Hypothesis("single-byte", "utf-8"), Hypothesis("single-byte", "gb18030")),
    "utf-8": (Hypothesis("gbk", "utf-8"),),
    "big5": (Hypothesis("gbk", "big5"),),
}
#: Marks further apart than this many characters do not belong to one cluster.
MARK_GAP = 6
#: A cluster needs this many marks before a window is opened (GBK-read text): traditional Chinese holds a GBK
#: mark every hundred characters or so, mojibake every other character. Calibrated on the bench's clean-hant:
#: 1635 marks, 83 pairs closer than 4 characters; UTF-8 read as GBK: 103784 marks, 101598 such pairs; a
#: two-word run of mojibake (设置代理) can hold only two marks, and so can a five-character line of Big5 (商標的資料);
#: the verdict, not the count, keeps genuine text: Big5 2 instead of 3 changed none of the bench's clean-hant
#: texts, its 427 labelled bodies in any language or the 76 Chinese and CJK pages' extracted bodies, and took
#: big5-as-gbk CER 4.47% -> 3.67%.
MIN_MARKS = {"single-byte": 1, "utf-8": 2, "big5": 2}
#: Once a round has repaired a family's mojibake in a text, one mark opens a window for it: the text is known to
#: hold that mojibake, and a short word of it between ASCII (``鎵惧埌 Missing``) makes a single mark. Clean text
#: never gets here (no repair in the first round), so the sparse marks of genuine text cost nothing.
MIN_MARKS_CONFIRMED = 1


@dataclass(frozen=True, slots=True)
class _Proposal:
    start: int
    end: int
    after: str
    gain: float
    confidence: float
    flag: str
    family: str


def fix(text: str, config: RepairConfig, flags: frozenset[str]) -> Pass:
    """Re-decode mojibake runs; one edit per repaired run, kind ``"mojibake"``.

    >>> found = fix("ÄãºÃ£¬ÊÀ½ç", RepairConfig(), frozenset())
    >>> found.edits[0].after, sorted(found.flags)
    ('你好，世界', ['mojibake', 'mojibake:gbk-as-latin1'])
    """
    found: set[str] = set()
    if _LOST_PATTERN.search(text):
        found.add("lost-text")
    if not cc.suspect_pattern().search(text):
        return Pass([], frozenset(found))
    trail = Trail(text)
    confirmed: set[str] = set()
    for _ in range(MAX_ROUNDS):
        proposals = _round(trail.text, frozenset(confirmed))
        if not proposals:
            break
        confirmed |= {p.family for p in proposals}
        trail.apply([Edit(p.start, p.end, p.after, "mojibake", p.confidence) for p in proposals])
        found |= {"mojibake", *(f"mojibake:{p.flag}" for p in proposals)}
        if any(cc.REPLACEMENT in p.after for p in proposals):
            found.add("lost-text")
    edits = [Edit(f.start, f.end, f.after, "mojibake", f.confidence) for f in trail.fixes()]
    return Pass(edits, frozenset(found))


def _round(text: str, confirmed: frozenset[str]) -> list[_Proposal]:
    """Every accepted re-decoding of one round, non-overlapping, best first; ``confirmed``: the families earlier
    rounds repaired in this text (:data:`MIN_MARKS_CONFIRMED`)."""
    proposals = [p for family, pattern in cc.family_patterns().items()
                 for start, end in _windows(text, pattern,
                                            MIN_MARKS_CONFIRMED if family in confirmed else MIN_MARKS[family])
                 for p in _propose(text, start, end, family,
                                   GAIN_PER_CHAR_CONFIRMED if family in confirmed else GAIN_PER_CHAR)]
    taken: list[_Proposal] = []
    for p in sorted(proposals, key=lambda p: -p.gain):
        if all(p.end <= q.start or q.end <= p.start for q in taken):
            taken.append(p)
    return sorted(taken, key=lambda p: p.start)


def _windows(text: str, marks: re.Pattern[str], min_marks: int) -> Iterator[tuple[int, int]]:
    """Clusters of at least ``min_marks`` marks (gaps up to :data:`MARK_GAP`) with :data:`CONTEXT` characters
    around them, merged when they touch."""
    windows: list[list[int]] = []
    cluster: list[int] = []  # [first start, last end, count]
    for m in marks.finditer(text):
        if cluster and m.start() - cluster[1] <= MARK_GAP:
            cluster[1], cluster[2] = m.end(), cluster[2] + 1
            continue
        _close(cluster, windows, min_marks, len(text))
        cluster = [m.start(), m.end(), 1]
    _close(cluster, windows, min_marks, len(text))
    yield from windows


def _close(cluster: list[int], windows: list[list[int]], min_marks: int, length: int) -> None:
    """Turn a finished cluster into a window (merging with the previous one when they touch)."""
    if not cluster or cluster[2] < min_marks:
        return
    lo, hi = max(0, cluster[0] - CONTEXT), min(length, cluster[1] + CONTEXT)
    if windows and lo <= windows[-1][1]:
        windows[-1][1] = hi
    else:
        windows.append([lo, hi])


@lru_cache(maxsize=65536)
def _gbk_side_bytes(ch: str) -> bytes | None:
    """The bytes a GBK/GB18030 decoder read to produce ``ch`` (GB18030 covers GBK and its private-use mappings)."""
    try:
        return ch.encode("gb18030")
    except UnicodeEncodeError:
        return None


def _propose(text: str, start: int, end: int, family: str, per_char: float) -> Iterator[_Proposal]:
    """Accepted re-decodings inside ``text[start:end]`` under the hypotheses of one family (one wrong codec);
    ``per_char``: the gain each replaced character must add (:data:`GAIN_PER_CHAR`)."""
    hyps = HYPOTHESES[family]
    for m in _span_pattern(hyps[0].wrong).finditer(text, start, end):
        if any(ch >= "\x80" for ch in m.group()):
            yield from _propose_span(text, m.start(), m.end(), family, per_char)


@lru_cache(maxsize=2)
def _span_pattern(wrong: str) -> re.Pattern[str]:
    """Maximal runs of characters the wrong codec can encode (GB18030 encodes all but lone surrogates)."""
    if wrong == "single-byte":
        return re.compile(f"[{''.join(re.escape(ch) for ch in sorted(cc.single_byte_map()))}]+")
    return re.compile("[^\ud800-\udfff]+")


@lru_cache(maxsize=1)
def _to_latin1() -> dict[int, str]:
    """Windows-1252 characters back to the Latin-1 character of their byte (then ``encode("latin-1")``)."""
    return {ord(ch): chr(b) for ch, b in cc.single_byte_map().items() if ord(ch) > 0xFF}


@dataclass(slots=True)
class _Bytes:
    """A span re-encoded with the wrong codec: bytes (0 at a hole), hole positions, and the byte offset of each
    character."""

    data: bytearray
    holes: frozenset[int]
    bounds: list[int]
    #: Holes right before Chinese punctuation: where a mojibake run often ends, so the byte after the hole may
    #: belong to clean text the wrong decoder never saw (it saw the end of its input instead).
    loose: frozenset[int] = frozenset()
    #: The holes in order.
    hole_list: tuple[int, ...] = ()


def _reencode(chars: str, hyp: Hypothesis) -> _Bytes:
    if hyp.wrong == "single-byte":
        return _Bytes(bytearray(chars.translate(_to_latin1()).encode("latin-1")), frozenset(),
                      list(range(len(chars) + 1)))
    data, holes, loose, bounds = bytearray(), set(), set(), [0]
    for n, ch in enumerate(chars):
        if ch == cc.REPLACEMENT:
            holes.add(len(data))
            if chars[n + 1:n + 2] and chars[n + 1] in COMMON_PUNCTUATION:
                loose.add(len(data))
            data.append(0)
        else:
            data += _gbk_side_bytes(ch) or b""
        bounds.append(len(data))
    return _Bytes(data, frozenset(holes), bounds, frozenset(loose), tuple(sorted(holes)))


def _propose_span(text: str, start: int, end: int, family: str, per_char: float) -> Iterator[_Proposal]:
    """Re-decodings of one span: in one piece when that works (lossless mojibake of a whole text), else
    stretch by stretch under every hypothesis of the family (the best proposal wins later)."""
    encodings = [(hyp, _reencode(text[start:end], hyp)) for hyp in HYPOTHESES[family]]
    for hyp, enc in encodings:
        whole = None if enc.holes else _peel(cc.decode_strict(hyp.target, bytes(enc.data)), hyp)
        proposal = whole and _judge(text, start, end, whole, LOSSLESS_CONFIDENCE, hyp, family, per_char)
        if proposal:
            yield proposal
            return
    for hyp, enc in encodings:
        stretches = list(_stretches(enc, hyp))
        # One script for the whole span: a short stretch holds too few known characters to tell.
        traditional = hyp.target == "big5" or _looks_traditional([s for _, _, slots, _ in stretches for s in slots])
        live = [n for n, (i, j, slots, _) in enumerate(stretches) if _may_pass(text[start + i:start + j], slots, hyp)]
        runs_on = {n: start + stretches[n][1] < len(text) and text[start + stretches[n][1]] != "\n" for n in live}
        for n, (after, confidence) in _decide_span(stretches, live, traditional, hyp.target, runs_on).items():
            i, j = stretches[n][:2]
            proposal = _judge(text, start + i, start + j, after, confidence, hyp, family, per_char)
            if proposal:
                yield proposal


#: Slack (log10 units) on the bounds of :func:`_may_pass` and :func:`_own_script_gains`: a bound and the exact
#: score sum the same scores in a different order, so their floating-point results may differ in the last bits.
ROUNDING_SLACK = 1e-6


def _may_pass(before: str, slots: Sequence[Sequence[str]], hyp: Hypothesis) -> bool:
    """Could any reading of ``slots`` pass :func:`_judge` in place of ``before``? A cheap necessary test that
    spares the lattice the stretches a hypothesis makes of another family's mojibake (most of them): the
    verdict needs a mark of the target family in ``before`` (trimming only removes characters) and a gain of
    :data:`MIN_GAIN`, which no reading exceeds if every slot took its most plausible option (U+FFFD, left out
    of the comparison, counts 0)."""
    if hyp.wrong == "gbk" and not any(map(_marks(hyp.target).__contains__, before)):
        return False
    best = sum(_plausibility(options[0]) if len(options) == 1 else _best_plausibility(tuple(options))
               for options in slots)
    return best - text_score(before.replace(cc.REPLACEMENT, "")) >= MIN_GAIN - ROUNDING_SLACK


def _plausibility(ch: str) -> float:
    """:func:`char_score` as :func:`_may_pass` counts it: U+FFFD (lost text) 0."""
    return 0.0 if ch == cc.REPLACEMENT else char_score(ch)


@lru_cache(maxsize=UNARY_ROWS)
def _best_plausibility(options: tuple[str, ...]) -> float:
    """The most plausible option of a hole (:func:`_plausibility`), cached: holes repeat a few hundred patterns."""
    return max(map(_plausibility, options))


def _peel(decoded: str | None, hyp: Hypothesis) -> str | None:
    """Undo the same lossless mojibake again while the result is still mojibake (a double round trip): judged
    on the final text, since the half-way text (C1 controls and Latin-1 signs) is no better than the input."""
    single = cc.single_byte_map()
    for _ in range(MAX_ROUNDS - 1):
        if decoded is None or not cc.family_patterns()["single-byte"].search(decoded):
            break
        if not all(ch in single for ch in decoded):
            break
        again = cc.decode_strict(hyp.target, bytes(single[ch] for ch in decoded))
        if again is None:
            break
        decoded = again
    return decoded


#: A run of a span that decodes in the target codec: (first character, end character, slots, links); see
#: :func:`_stretches`.
Stretch = tuple[int, int, list[list[str]], frozenset[int]]


def _stretches(enc: _Bytes, hyp: Hypothesis) -> Iterator[Stretch]:
    """Runs ``(first char, end char, slots, links)`` whose bytes decode in the target codec; a slot lists the
    characters one target character may be (one, unless it holds a hole); ``links`` are the slots whose first
    byte is a hole right after a hole that ends the slot before (the wrong decoder gave up on that byte with
    this one next: :func:`_joins`)."""
    data, bounds = enc.data, enc.bounds
    at_char = {b: i for i, b in enumerate(bounds)}
    i = 0
    while i < len(bounds) - 1:
        pos, slots, ends, links = bounds[i], [], [], set()
        while pos < len(data):
            if pos not in enc.holes:  # the characters up to the next hole decode in one call
                decoded = _decode_known(enc, pos, hyp.target)
                for ch in decoded:
                    pos += _byte_length(hyp.target, ch)
                    slots.append([ch])
                    ends.append(pos)
                if decoded:
                    continue
            step = _step(enc, pos, hyp)
            if step is None:
                break
            if slots and pos in enc.holes and pos - 1 in enc.holes and pos - 1 not in enc.loose:
                links.add(len(slots))
            pos += step[0]
            slots.append(step[1])
            ends.append(pos)
        k = len(ends) - 1
        while k >= 0 and ends[k] not in at_char:
            k -= 1
        j = at_char[ends[k]] if k >= 0 else i
        if j > i and any(len(s) > 1 or s[0] >= "\x80" for s in slots[:k + 1]):
            yield i, j, slots[:k + 1], frozenset(n for n in links if n <= k)
        i = max(j, i + 1)


#: Bytes decoded per call by :func:`_decode_known`: a stretch that fails at once is tried again from every
#: character, so one call must not copy and decode all the bytes up to a distant hole (any size above the
#: longest character, 4 bytes, gives the same characters).
DECODE_WINDOW = 64


def _decode_known(enc: _Bytes, pos: int, target: str) -> str:
    """The characters that decode from byte ``pos`` on before the next hole (at most :data:`DECODE_WINDOW`
    bytes), as one strict decoding: where it stops (a hole inside a character, bytes that do not decode, the end
    of the window), the caller goes on (:func:`_step`, or another call)."""
    nxt = bisect.bisect_left(enc.hole_list, pos)
    end = min(enc.hole_list[nxt] if nxt < len(enc.hole_list) else len(enc.data), pos + DECODE_WINDOW)
    chunk = bytes(enc.data[pos:end])
    try:
        return chunk.decode(target)
    except UnicodeDecodeError as error:
        return chunk[:error.start].decode(target)


@lru_cache(maxsize=65536)
def _byte_length(target: str, ch: str) -> int:
    """Bytes of ``ch`` in ``target`` (the codec it was decoded from)."""
    return len(ch.encode(target))


@lru_cache(maxsize=65536)
def _joins(target: str, before: str, after: str) -> bool:
    """Could the wrong (GBK) decoder have given up on the last byte of ``before`` with the first byte of
    ``after`` next, both lost? Two holes in a row constrain each other across a character boundary too."""
    try:
        tail, head = before.encode(target)[-1], after.encode(target)[0]
    except UnicodeEncodeError:
        return True
    return cc.gbk_gives_up(tail, head)


@lru_cache(maxsize=8192)
def _ruled_out(target: str, before: str, options: tuple[str, ...]) -> frozenset[int]:
    """:func:`_joins` for a row: the positions of ``options`` whose first byte GBK would not have given up on
    after the last byte of ``before``."""
    try:
        allowed = cc.gbk_gives_up_before(before.encode(target)[-1])
    except UnicodeEncodeError:
        return frozenset()
    return frozenset(at for at, head in enumerate(_heads(target, options)) if head is not None and head not in allowed)


@lru_cache(maxsize=8192)
def _heads(target: str, options: tuple[str, ...]) -> tuple[int | None, ...]:
    """The first byte of each option in ``target`` (None where it cannot be encoded)."""
    heads: list[int | None] = []
    for ch in options:
        try:
            heads.append(ch.encode(target)[0])
        except UnicodeEncodeError:
            heads.append(None)
    return tuple(heads)


def _step(enc: _Bytes, pos: int, hyp: Hypothesis) -> tuple[int, list[str]] | None:
    """The target character starting at byte ``pos``: its length and what it may be; None if none can."""
    data, holes = enc.data, enc.holes
    length = _hole_lead_length(enc, pos, hyp.target) if pos in holes else cc.char_length(hyp.target, data, pos)
    if length == 0 or pos + length > len(data):
        return None
    if length == 1:
        return 1, [chr(data[pos])]
    if holes.isdisjoint(range(pos, pos + length)):
        ch = cc.decode_char(hyp.target, bytes(data[pos:pos + length]))
        return (length, [ch]) if ch else None
    inside = [h for h in range(pos, pos + length) if h in holes]
    if len(inside) >= length and (length > 2 or _hole_run(holes, pos) > MAX_GUESSED_RUN):
        return length, [cc.REPLACEMENT]  # too little is known around it: lost, not guessed
    options = _fill(enc, pos, length, inside, hyp.target)
    return (length, options) if options else None


def _hole_run(holes: frozenset[int], pos: int) -> int:
    """Length of the run of consecutive holes through byte ``pos``, counted up to :data:`MAX_GUESSED_RUN` + 1
    (longer runs need not be measured)."""
    run = 1
    for step in (-1, 1):
        at = pos + step
        while at in holes and run <= MAX_GUESSED_RUN:
            run, at = run + 1, at + step
    return run


def _hole_lead_length(enc: _Bytes, pos: int, target: str) -> int:
    """Length of a character whose lead byte is a hole: Big5 is always 2; UTF-8 follows the continuation bytes."""
    if target != "utf-8":
        return 2
    follow = 0
    while follow < 3 and pos + 1 + follow < len(enc.data) and (
            pos + 1 + follow in enc.holes or 0x80 <= enc.data[pos + 1 + follow] < 0xC0):
        follow += 1
    return min(follow, 2) + 1 if follow else 0


def _fill(enc: _Bytes, pos: int, length: int, inside: list[int], target: str) -> list[str]:
    """The characters the holes of ``data[pos:pos+length]`` can make, most plausible first (at most
    :data:`MAX_CHOICES`). Each hole takes the values its role allows (lead or trail byte) that would have made
    GBK give up there, given the byte after it; adjacent holes are checked as a pair."""
    data, holes = enc.data, enc.holes
    known = bytes(data[pos:pos + length])  # a hole's byte is 0 already
    after = [data[h + 1] if h + 1 < len(data) and h + 1 not in holes and h not in enc.loose else None
             for h in inside]
    return list(_fill_pattern(target, known, tuple(h - pos for h in inside), tuple(after)))


@lru_cache(maxsize=65536)
def _fill_pattern(target: str, known: bytes, inside: tuple[int, ...], after: tuple[int | None, ...]
                  ) -> tuple[str, ...]:
    """:func:`_fill` for one pattern of known bytes and holes, cached: the leads and first continuation bytes of
    common characters recur, so most holes of a document repeat a pattern already solved."""
    combos: list[tuple[int, ...]] = [()]
    for n, (h, nxt) in enumerate(zip(inside, after, strict=True)):
        values = cc.lead_values(target, len(known)) if h == 0 else cc.follow_values(target)
        allowed = {v for v in values if cc.gbk_gives_up(v, nxt)}
        if n > 0 and inside[n - 1] == h - 1:  # two holes in a row: GBK gave up on the first one too
            combos = [(*c, v) for c in combos for v in sorted(allowed & cc.gbk_gives_up_before(c[-1]))]
        else:
            combos = [(*c, v) for c in combos for v in sorted(allowed)]
        del combos[MAX_COMBOS:]
    found = set()
    buf = bytearray(known)
    for combo in combos:
        for h, v in zip(inside, combo, strict=True):
            buf[h] = v
        ch = cc.decode_char(target, bytes(buf))
        if ch:
            found.add(ch)
    return tuple(sorted(found, key=_choice_rank)[:MAX_CHOICES])


@lru_cache(maxsize=65536)
def _choice_rank(ch: str) -> tuple[float, str]:
    """Where a hole's candidate goes in its list: most plausible first (:func:`char_score`), ties by code point.
    One cached call per candidate: sorting a hole's few hundred candidates is the cost of a new byte pattern."""
    return -char_score(ch), ch


def _decide_span(stretches: list[Stretch], live: list[int], traditional: bool, target: str,
                 runs_on: dict[int, bool]) -> dict[int, tuple[str, float]]:
    """The reading and confidence of each ``live`` stretch of a span (:func:`_resolve`), in two passes: the
    second decides again the groups the first left unsure, with the confident ones (:data:`SETTLED`) counted as
    shown, both in the span's evidence (:func:`lattice.evidence`) and as paired marks. Then the groups that chose an
    opening mark with no partner on its line are decided again (:func:`_balance`; ``runs_on``: per stretch,
    whether its last line runs on beyond it). The confidence is the mean posterior of all groups."""
    if not live:
        return {}
    seen = evidence(slots for _, _, slots, _ in stretches)
    first = {n: _resolve(stretches[n][2], traditional, stretches[n][3], target, seen) for n in live}
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
            chosen, unsure = _resolve(fixed, traditional, links, target, again)
            confidence |= _by_group(fixed, unsure)
        chosen = _balance(slots, chosen, confidence, runs_on[n], target in PARTNER_MAY_BE_HIDDEN,
                          lambda narrowed, lone, closes, links=links: _resolve(
                              narrowed, traditional, links, target, again, lone, closes))
        decided[n] = _reading(chosen, list(confidence.values()))
    return decided


def _by_group(slots: list[list[str]], posteriors: list[float]) -> dict[int, float]:
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
Redecide = Callable[[list[list[str]], dict[int, str], dict[int, int]], tuple[list[str], list[float]]]


def _balance(slots: list[list[str]], chosen: list[str], confidence: dict[int, float], runs_on: bool, hidden: bool,
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


def _redecide_groups(slots: list[list[str]], chosen: list[str], holes: set[int] | frozenset[int],
                     confidence: dict[int, float],
                     redecide: Callable[[list[list[str]]], tuple[list[str], list[float]]]) -> list[str]:
    """``chosen`` with the groups holding ``holes`` decided again, every other slot held to its choice."""
    narrowed = [[ch] for ch in chosen]
    for n, end in groups(slots):
        if any(k in holes for k in range(n, end)):  # a group's few slots, not every hole once per group
            narrowed[n:end] = slots[n:end]
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


def _settle(slots: list[list[str]], chosen: list[str], posteriors: list[float]
            ) -> tuple[list[list[str]], list[float]]:
    """``slots`` with each group decided with posterior :data:`SETTLED` or more narrowed to its choice, and the
    posteriors of those groups."""
    fixed, sure = list(slots), []
    for (n, end), posterior in zip(groups(slots), posteriors, strict=True):
        if posterior >= SETTLED:
            fixed[n:end] = [[ch] for ch in chosen[n:end]]
            sure.append(posterior)
    return fixed, sure


def _resolve(slots: list[list[str]], traditional: bool, links: frozenset[int], target: str,
             seen: Evidence, unpaired: dict[int, str] | None = None, closes: dict[int, int] | None = None
             ) -> tuple[list[str], list[float]]:
    """Pick one character per slot: where holes leave several, the character bigram model decides each run of
    adjacent holes jointly between its known neighbours (:func:`lattice.decide`). ``traditional`` text is
    scored through OpenCC t2s (the model's dictionary is simplified), and a simplified-only character pays
    :data:`SIMPLIFIED_PENALTY` there; simplified text is scored as it is, so that a traditional character cannot
    slip into it. Across each of ``links`` the two lost bytes must be ones GBK gives up on together. Returns the
    choices and the posterior of each group of holes. ``seen``: the pairs the span shows intact
    (:func:`lattice.evidence`). :func:`_balance` passes ``unpaired``, opening marks known to have no partner on
    their line at those slots, which score :data:`UNPARTNERED_LOGP` there instead of :func:`_pair_bonus`, and
    ``closes``, holes that may close the opening mark chosen at another slot: their closing mark earns
    -:data:`UNPARTNERED_LOGP` while that mark stands."""

    hidden = target in PARTNER_MAY_BE_HIDDEN
    lone, partners = unpaired or {}, closes or {}

    def unary(chosen: Sequence[str], n: int, options: tuple[str, ...]) -> list[float]:
        scores = list(_penalties(options)) if traditional else [0.0] * len(options)
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
        return n not in links or _joins(target, before, after)

    return decide(slots, traditional, unary, joins, seen, links, lambda before, options: _ruled_out(
        target, before, options))


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
    opening, closing = pair
    beside = slots[n + 1] if ch == opening and n + 1 < len(slots) else slots[n - 1] if ch == closing and n else ""
    if len(beside) == 1 and beside[0].isspace():
        return -PAIR_BONUS
    last = next((m for m in range(n - 1, max(-1, n - PAIR_LOOKBACK - 1), -1) if chosen[m] in pair), None)
    if ch == closing:  # in Big5 a guessed opening mark would start a cascade of guesses (:data:`CLOSING_BONUS`)
        if last is None or chosen[last] == closing:
            return -PAIR_BONUS  # nothing open to close
        return CLOSING_BONUS if slots[last] == [opening] or not hidden else 0.0
    if last is not None and chosen[last] == opening:
        return 0.0
    for options in slots[n + 1:n + 1 + PAIR_LOOKAHEAD]:
        if options == [closing] or (hidden and closing in options):
            return PAIR_BONUS
        if options[0] == opening and len(options) == 1:
            break
    return 0.0


@lru_cache(maxsize=UNARY_ROWS)
def _penalties(options: tuple[str, ...]) -> tuple[float, ...]:
    """The part of each option's unary term in traditional text that depends on the character alone:
    :data:`SIMPLIFIED_PENALTY` for a simplified-only character."""
    return tuple(-SIMPLIFIED_PENALTY if _is_simplified_only(ch) else 0.0 for ch in options)


@lru_cache(maxsize=UNARY_ROWS)
def _mark_positions(options: tuple[str, ...]) -> tuple[int, ...]:
    """The options whose unary term depends on the choices around them: paired marks (:func:`_pair_bonus`), clause
    marks (:func:`_clause_length`) and the dash (:func:`_lone_dash`); every other option's term is its
    :func:`_penalties` entry."""
    return tuple(at for at, ch in enumerate(options) if ch in _PAIRS or ch in CLAUSE_MARKS or ch == DASH)


@lru_cache(maxsize=65536)
def _is_simplified_only(ch: str) -> bool:
    """OpenCC s2t changes it and t2s leaves it: a simplified form that traditional text does not write."""
    return converter("s2t").convert(ch) != ch and converter("t2s").convert(ch) == ch


def _looks_traditional(slots: list[list[str]]) -> bool:
    """Do the characters the bytes decide alone read as traditional Chinese (OpenCC t2s changes them)?"""
    known = "".join(s[0] for s in slots if len(s) == 1)
    changed = sum(a != b for a, b in zip(known, converter("t2s").convert(known), strict=False))
    return changed > TRADITIONAL_SHARE * len(known)


def _judge(text: str, start: int, end: int, after: str, confidence: float, hyp: Hypothesis,
           family: str, per_char: float) -> _Proposal | None:
    """Trim the unchanged edges and keep the re-decoding only if it is much more plausible and adds no junk."""
    before = text[start:end]
    head = _shared_head(before, after)
    tail = _shared_head(before[head:][::-1], after[head:][::-1])
    before, after = before[head:len(before) - tail], after[head:len(after) - tail]
    if not before:
        return None
    if after and not after.strip(cc.REPLACEMENT):
        return None  # only lost text here: say so (flag), but leave the visible trace alone
    # Lost text is neither a gain nor a loss: U+FFFD (in or out) and 锟斤拷 are left out of the comparison.
    seen = _LOST_PATTERN.sub("", before).replace(cc.REPLACEMENT, "")
    gain = text_score(after.replace(cc.REPLACEMENT, "")) - text_score(seen)
    if gain < max(MIN_GAIN, per_char * len(seen)) or _junk(after, hyp) > _junk(before, hyp):
        return None
    if not _own_script_gains(text, start + head, end - tail, after):
        return None
    if hyp.wrong == "gbk" and not any(map(_marks(hyp.target).__contains__, before)):
        return None
    return _Proposal(start + head, end - tail, after, gain, confidence, _flag(before, hyp), family)


def _own_script_gains(text: str, start: int, end: int, after: str) -> bool:
    """Is the re-decoding :data:`MIN_GAIN` more plausible than ``text[start:end]`` judged in its own script? Both
    sides widened to whole words, so a French or Russian word the edit would cut into is scored as the word it
    is. When the floor of the re-decoding's score beats the ceiling of the input's by the margin
    (:func:`plausibility.own_script_bounds`), the exact scores cannot say otherwise and are not computed."""
    lo, hi = start, end
    while lo > 0 and _in_word(text[lo - 1]):
        lo -= 1
    while hi < len(text) and _in_word(text[hi]):
        hi += 1
    lo, hi = max(0, lo - 1), min(len(text), hi + 1)  # and the character around: a space, a digit
    before = _LOST_PATTERN.sub("", text[lo:hi]).replace(cc.REPLACEMENT, "")
    widened = (text[lo:start] + after + text[end:hi]).replace(cc.REPLACEMENT, "")
    if own_script_bounds(widened)[0] - own_script_bounds(before)[1] >= MIN_GAIN + ROUNDING_SLACK:
        return True
    return own_script_score(widened) - own_script_score(before) >= MIN_GAIN


def _in_word(ch: str) -> bool:
    """Letters, combining marks and the soft hyphen continue a word."""
    return ch == "\u00ad" or unicodedata.category(ch)[0] in "LM"


def _shared_head(a: str, b: str) -> int:
    """Length of the common prefix of ``a`` and ``b``."""
    return next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


@lru_cache(maxsize=2)
def _marks(target: str) -> frozenset[str]:
    """Characters that only mojibake of ``target`` bytes read as GBK makes often (plus U+FFFD, private use)."""
    typical = cc.utf8_as_gbk_marks() if target == "utf-8" else cc.big5_as_gbk_marks()
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
    true = {"utf-8": "utf8", "gb18030": "gbk", "big5": "big5"}[hyp.target]
    if hyp.wrong == "single-byte":
        return f"{true}-as-{'cp1252' if not cc.cp1252_specials().isdisjoint(before) else 'latin1'}"
    try:
        before.replace(cc.REPLACEMENT, "").encode("gbk")
    except UnicodeEncodeError:
        return f"{true}-as-gb18030"
    return f"{true}-as-gbk"
