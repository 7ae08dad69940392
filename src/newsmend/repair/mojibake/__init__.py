"""Undo CJK mojibake: text that was decoded with the wrong codec, in whole documents or in runs of them.

The cascade, for one document:
  1. pre-check  -- a regex per family for characters typical of its mojibake (:func:`codecs_cjk.has_marks`);
                   clean text stops here (one fast scan per family);
  2. windows    -- the suspicious characters, clustered, plus :data:`CONTEXT` characters on each side;
  3. spans      -- for each hypothesis (wrong codec -> true codec), the maximal stretches of a window the wrong
                   codec can encode; re-encoding them gives the original bytes, with a *hole* (one unknown byte)
                   for each U+FFFD a lenient GBK/GB18030 decoder wrote, or a GB2312 one (GBK text read as GB2312
                   loses every character GBK added, and reads on out of phase: considered only in text that
                   GB2312 could have made, :func:`codecs_cjk.misread_as_gb2312`, and taken only where the text
                   shows that damage at two places or out of phase, :func:`_signed`);
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

Modules, by stage: this one (1, 2 and 7), :mod:`.reencode` (3), :mod:`.stretches` (4), :mod:`.choice` (5, with the
lattice), :mod:`.verdict` (6).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsmend.repair import codecs_cjk as cc
from newsmend.repair.config import RepairConfig
from newsmend.repair.fixer import Pass
from newsmend.repair.mojibake.choice import LOSSLESS_CONFIDENCE, decide_span, looks_traditional
from newsmend.repair.mojibake.reencode import MAX_ROUNDS, Bytes, Hypothesis, peel, reencode, span_pattern
from newsmend.repair.mojibake.stretches import Stretch, find_stretches
from newsmend.repair.mojibake.verdict import LOST_PATTERN, Proposal, judge, may_pass, stretch_ranges
from newsmend.repair.trail import Edit, Trail

#: Characters of context added on each side of a cluster of suspicious characters: the first characters of a
#: mojibake run need not be suspicious themselves (calibrated on the bench's utf8-as-gbk cases, where one in
#: two or three characters is a marker).
CONTEXT = 16
#: A re-decoding must beat the span it replaces by :data:`~.verdict.MIN_GAIN` and by this much per replaced
#: character (U+FFFD aside), so that many small coincidental gains over a long span of real text do not add up
#: to a change. Calibrated on the bench: Big5-read-as-GBK runs gain 0.4-2 per
#: character (GBK reads most Big5 pairs as common characters), UTF-8 and GBK mojibake 1.8-8.
GAIN_PER_CHAR = 0.3
#: ... and nothing per character once an earlier round has repaired the same family in the text: there the many
#: small gains of a long Big5 run (common characters read as other common characters) are what they look like.
#: Calibrated on the bench: big5-as-gbk CER 3.67% -> 3.30%, no other document changed; clean kinds never reach a
#: second round.
GAIN_PER_CHAR_CONFIRMED = 0.0
#: The hypotheses tried where the marks of each family cluster (family names as in ``family_patterns``).
HYPOTHESES = {
    "single-byte": (Hypothesis("single-byte", "utf-8"), Hypothesis("single-byte", "gb18030")),
    "utf-8": (Hypothesis("gbk", "utf-8"),),
    "utf-8-other": (Hypothesis("gbk", "utf-8"),),
    "big5": (Hypothesis("gbk", "big5"),),
    "gb2312": (Hypothesis("gb2312", "gbk"),),
}
#: Marks further apart than this many characters do not belong to one cluster.
MARK_GAP = 6
#: A cluster needs this many marks before a window is opened (GBK-read text): traditional Chinese holds a GBK
#: mark every hundred characters or so, mojibake every other character. Calibrated on the bench's clean-hant:
#: 1635 marks, 83 pairs closer than 4 characters; UTF-8 read as GBK: 103784 marks, 101598 such pairs; a
#: two-word run of mojibake (设置代理) can hold only two marks, and so can a five-character line of Big5 (商標的資料);
#: the verdict, not the count, keeps genuine text: Big5 2 instead of 3 changed none of the bench's clean-hant
#: texts, its 427 labelled bodies in any language or the 76 Chinese and CJK pages' extracted bodies, and took
#: big5-as-gbk CER 4.47% -> 3.67%. The marks UTF-8 leads of Hangul and private use make (``utf-8-other``: 於, 電,
#: 類, 陽 ...) are common traditional characters and never appear in Chinese UTF-8 read as GBK (0 of the bench's
#: 103,784 marks; 1,306 of the 1,635 in its clean-hant texts): four of them, as a Korean word read as GBK makes,
#: open a window. Clean traditional text then costs a quarter less (17.8 -> 23.8 MB/s on the clean-hant bodies);
#: every bench document of every kind is repaired as before.
MIN_MARKS = {"single-byte": 1, "utf-8": 2, "utf-8-other": 4, "big5": 2, "gb2312": 1}
#: Once a round has repaired a family's mojibake in a text, one mark opens a window for it: the text is known to
#: hold that mojibake, and a short word of it between ASCII (``鎵惧埌 Missing``) makes a single mark. Clean text
#: never gets here (no repair in the first round), so the sparse marks of genuine text cost nothing.
MIN_MARKS_CONFIRMED = 1


def fix(text: str, config: RepairConfig, flags: frozenset[str]) -> Pass:
    """Re-decode mojibake runs; one edit per repaired run, kind ``"mojibake"``.

    >>> found = fix("ÄãºÃ£¬ÊÀ½ç", RepairConfig(), frozenset())
    >>> found.edits[0].after, sorted(found.flags)
    ('你好，世界', ['mojibake', 'mojibake:gbk-as-latin1'])
    """
    found: set[str] = set()
    if LOST_PATTERN.search(text):
        found.add("lost-text")
    if not cc.has_marks(text):
        return Pass([], frozenset(found))
    trail = Trail(text)
    confirmed: set[str] = set()
    # Judged on the input: a round's repairs add the characters GBK added to GB2312.
    families = [family for family in cc.family_patterns() if family != "gb2312" or cc.misread_as_gb2312(text)]
    rounds, wrote_lost = 0, False
    while rounds < MAX_ROUNDS:
        proposals = _round(trail.text, families, frozenset(confirmed))
        if not proposals:
            if "gb2312" in families or not confirmed or wrote_lost or not cc.misread_as_gb2312(trail.text):
                break
            # A repair left the input's U+FFFD in text GB2312 could have made (``º¥��`` -> ``亥��``): judged so
            # now, as a second call would judge it. Not where a repair wrote U+FFFD itself: that text is lost
            # (``锟斤拷``), flagged, not filled.
            families.append("gb2312")
            continue
        rounds += 1
        confirmed |= {p.family for p in proposals}
        trail.apply([Edit(p.start, p.end, p.after, "mojibake", p.confidence) for p in proposals])
        found |= {"mojibake", *(f"mojibake:{p.flag}" for p in proposals)}
        if any(cc.REPLACEMENT in p.after for p in proposals):
            found.add("lost-text")
            wrote_lost = True
    if "gb2312" in confirmed:
        trail.apply(_table_differences(trail.text))
    edits = [Edit(f.start, f.end, f.after, "mojibake", f.confidence) for f in trail.fixes()]
    return Pass(edits, frozenset(found))


def _table_differences(text: str) -> list[Edit]:
    """In a text known to be GBK read as GB2312, the characters the two codecs map differently, back to GBK's
    (``―`` -> ``—``, ``・`` -> ``·``): every one of them came from the pair GBK reads so, also outside the windows
    around lost bytes."""
    table = cc.gb2312_differences()
    return [Edit(n, n + 1, table[ch], "mojibake", LOSSLESS_CONFIDENCE) for n, ch in enumerate(text) if ch in table]


def _round(text: str, families: list[str], confirmed: frozenset[str]) -> list[Proposal]:
    """Every accepted re-decoding of one round under the hypotheses of ``families``, non-overlapping, best first;
    ``confirmed``: the families earlier rounds repaired in this text (:data:`MIN_MARKS_CONFIRMED`)."""
    proposals = [p for family in families
                 for start, end in _windows(text, cc.family_patterns()[family],
                                            MIN_MARKS_CONFIRMED if family in confirmed else MIN_MARKS[family])
                 for p in _propose(text, start, end, family,
                                   GAIN_PER_CHAR_CONFIRMED if family in confirmed else GAIN_PER_CHAR)]
    if not _signed(text, proposals, confirmed):
        proposals = [p for p in proposals if p.family != "gb2312"]
    taken: list[Proposal] = []
    for p in sorted(proposals, key=lambda p: -p.gain):
        if all(p.end <= q.start or q.end <= p.start for q in taken):
            taken.append(p)
    return sorted(taken, key=lambda p: p.start)


#: One place where a decoder lost bytes: a run of U+FFFD.
_LOST_RUN = re.compile("\ufffd+")


def _signed(text: str, proposals: list[Proposal], confirmed: frozenset[str]) -> bool:
    """Does the document show GBK read as GB2312, rather than U+FFFD another decoder wrote (a lenient UTF-8 one,
    ``锟斤拷`` read back)? Only then are the hypothesis' readings taken. It does where a reading re-reads characters
    out of phase (``胡�础⒑钗睦ぃ�``, which needs :data:`~.verdict.MIN_GAIN`), where an earlier round repaired it,
    and where its readings cover lost bytes at two places at least (:data:`_LOST_RUN`), one of them with more than
    U+FFFD filled: a trail byte read as ASCII (``朱�F基``). One place is not enough: a lone ``�F`` is as often a
    stray U+FFFD before a letter, and whole characters filled in phase (``讨论��的`` -> ``讨论會的``) show nothing
    but U+FFFD, which any decoder writes; GB2312 shows itself more than that in nearly every text it misread.

    Measured (``benchmarks/gbk_as_gb2312.py --guards``, the shared bench's Chinese bodies): GBK-encoded and read as
    GB2312, 5 of the 13 simplified texts that lose a character show one place only (叒 and 濛 as ``��``, three
    single ``�X``), every traditional text more: simplified CER 0.277% -> 0.317%, traditional 8.93% unchanged;
    holding 1-4 U+FFFD, written as UTF-8 and read as GBK or GB18030: second calls that change 50 -> 0 of 328; with
    three stray U+FFFD: texts changed 7 -> 1 of 164 (a rare name, 晗萱, between two of them, re-read)."""
    readings = [p for p in proposals if p.family == "gb2312"]
    places = sum(len(_LOST_RUN.findall(text, p.start, p.end)) for p in readings)
    return ("gb2312" in confirmed or any(p.out_of_phase for p in readings)
            or (places >= 2 and not all(p.fills_only for p in readings)))


def _windows(text: str, marks: re.Pattern[str], min_marks: int) -> list[tuple[int, int]]:
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
    return [(lo, hi) for lo, hi in windows]


def _close(cluster: list[int], windows: list[list[int]], min_marks: int, length: int) -> None:
    """Turn a finished cluster into a window (merging with the previous one when they touch)."""
    if not cluster or cluster[2] < min_marks:
        return
    lo, hi = max(0, cluster[0] - CONTEXT), min(length, cluster[1] + CONTEXT)
    if windows and lo <= windows[-1][1]:
        windows[-1][1] = hi
    else:
        windows.append([lo, hi])


def _propose(text: str, start: int, end: int, family: str, per_char: float) -> Iterator[Proposal]:
    """Accepted re-decodings inside ``text[start:end]`` under the hypotheses of one family (one wrong codec);
    ``per_char``: the gain each replaced character must add (:data:`GAIN_PER_CHAR`)."""
    hyps = HYPOTHESES[family]
    for m in span_pattern(hyps[0].wrong).finditer(text, start, end):
        if any(ch >= "\x80" for ch in m.group()):
            yield from _propose_span(text, m.start(), m.end(), family, per_char)


def _propose_span(text: str, start: int, end: int, family: str, per_char: float) -> Iterator[Proposal]:
    """Re-decodings of one span: in one piece when that works (lossless mojibake of a whole text), else
    stretch by stretch under every hypothesis of the family (the best proposal wins later)."""
    encodings = [(hyp, reencode(text[start:end], hyp)) for hyp in HYPOTHESES[family]]
    for hyp, enc in encodings:
        whole = None if enc.holes else peel(cc.decode_strict(hyp.target, bytes(enc.data)), hyp)
        proposal = whole and judge(text, start, end, whole, LOSSLESS_CONFIDENCE, hyp, family, per_char)
        if proposal:
            yield proposal
            return
    for hyp, enc in encodings:
        stretches = _stretches(text[start:end], enc, hyp)
        if stretches is None:
            continue
        # One script for the whole span: a short stretch holds too few known characters to tell. What GB2312 loses
        # of GBK text are GBK's additions, the traditional forms above all (說, 們, 賈): read through t2s.
        traditional = hyp.target == "big5" or hyp.wrong == "gb2312" or looks_traditional(
            [s for _, _, slots, _ in stretches for s in slots])
        live = [n for n, (i, j, slots, _) in enumerate(stretches) if may_pass(text[start + i:start + j], slots, hyp)]
        runs_on = {n: start + stretches[n][1] < len(text) and text[start + stretches[n][1]] != "\n" for n in live}
        for n, (after, confidence) in decide_span(stretches, live, traditional, hyp, runs_on).items():
            i, j, slots = stretches[n][:3]
            guessed = frozenset(k for k, options in enumerate(slots) if len(options) > 1)
            proposal = judge(text, start + i, start + j, after, confidence, hyp, family, per_char, guessed)
            if proposal:
                yield proposal


def _stretches(chars: str, enc: Bytes, hyp: Hypothesis) -> list[Stretch] | None:
    """The stretches of a span (:func:`find_stretches`), or None where none of them can pass :func:`may_pass`: the
    runs of characters where one may (:func:`stretch_ranges`) are walked first, the others only when one does (the
    span's every stretch counts then: :func:`.choice.decide_span` weighs their evidence)."""
    ranges = stretch_ranges(chars, enc, hyp)
    if ranges is None:
        return list(find_stretches(enc, hyp))
    hopeful, hopeless = ranges
    found = list(find_stretches(enc, hyp, hopeful))
    if not any(may_pass(chars[i:j], slots, hyp) for i, j, slots, _ in found):
        return None
    return sorted([*found, *find_stretches(enc, hyp, hopeless)], key=lambda stretch: stretch[0])
