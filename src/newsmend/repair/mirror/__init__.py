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
     original GBK byte stream (:class:`.search.Search`): every damaged character offers the bytes it may stand for;
     annotations emit nothing but require the two bytes before them to encode a character with that reading; a
     table character formed without its annotation is a violation; a character bigram model (dictionary words,
     plus running text for pairs across words), mixed with the document's own in-phase text, ranks what the
     constraints leave open; a lost byte that kept or swallowed the ASCII byte after it pays the odds of that
     against the other outcome, at the decoder's swallow rate as the document's annotations right after a lost
     byte show it (``?(`` kept, ``?reading)`` swallowed); where the intact quotes of a paragraph leave a lost byte
     the only place for the mark they need (a quote open on the left and closed nowhere else), a reading without
     it is charged, and one with it pays no more for the mark than a closing quote costs; inside a run of three
     or more ``?`` (which lost bytes almost never make), a ``?`` read as written after one so read costs the
     run's measured rate, not the bigram of a repeated ？. A run read out of phase may also be cut
     where a pair in GBK's user-defined ranges vanished (decoders that map them to private use drop them): two
     bytes the input does not hold, tried only where the input reads on badly, only as attested neighbours or
     as the character an annotation names, once per run, and only where a reading through the cut can still
     reach the beam's floor at the run's end. Segments
     without ``?`` decoded in phase: only their annotations go. Where the search has one move per position (before a
     segment's first ``?``, and wherever every reading goes through one node until the last table annotation
     before the next ``?``), those moves are made without it;
  4. on the best path, each lost byte's reading is decided again among the others the beam kept there, or
     merged into the state of one it kept (a lost trail before a swallowed byte), that leave the rest of the path
     as it is (Han for Han, or a mark or line break more or fewer): the beam's score
     plus the running-text model over the text each makes and the two characters on each side, one window for
     readings of every length (:class:`.redecide.RunningText`);
  5. on the best path, each lost lead completed by the ``A3`` of a flattened mark is decided again between 。
     (``A1A3``) and a character whose second byte is ``A3`` (both rebuild the input exactly): jieba's word model
     over both sides, the 。 reading as a sentence end and a new start, with what a quotation mark after it says
     (:class:`.redecide.Stops`);
  6. on the best path, each lost trail of the ``A1`` row read as a paired mark (quotes, title marks, brackets) its
     paragraph does not balance (a ” or 》 closing nothing, a “ inside an open quote) is decided again among that
     row's marks (:class:`.redecide.Quotes`);
  7. the best byte stream is decoded in phase and compared with the input: one edit per repaired region.
Written by hand: no library models lenient-decoding damage; the search is specific to this mechanism.

Modules, by stage: :mod:`.signature` (1-2); :mod:`.search` (3), with :mod:`.candidates` (what a lost byte may have
been), :mod:`.scorer` (the bigram mix) and :mod:`.marks` (paired marks); :mod:`.redecide` (4-6); :mod:`.edits` (7).
The modules of stages 3-7 are imported by :func:`fix` once a signature is found: only mirror-damaged text needs
them, and importing them was 6% of ``import newsmend`` (32 ms of CPU), which every process paid.
"""

from __future__ import annotations

from bisect import bisect_left

from newsmend.repair.config import RepairConfig
from newsmend.repair.fixer import Pass
from newsmend.repair.mirror.signature import (
    Annotation,
    annotation_table,
    explains,
    find_annotations,
    may_hold_annotations,
    new_annotation,
    segments,
)
from newsmend.repair.trail import Edit

__all__ = ["fix"]


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
    if not may_hold_annotations(text):
        return Pass()
    anns = list(find_annotations(text))
    table = annotation_table(text, anns)
    if table is None:
        return Pass()
    # Stages 3-7, imported only for mirror-damaged text (see the module's docstring).
    from newsmend.repair.mirror.edits import annotation_drops, edits_of
    from newsmend.repair.mirror.redecide import Quotes, RunningText, Stops
    from newsmend.repair.mirror.scorer import Scorer
    from newsmend.repair.mirror.search import Context, Search, state_after
    edits: list[Edit] = []
    flags_out = {"mirror-spam", "converted-script"}
    scorer = Scorer(text, anns)
    starts = [a.start for a in anns]
    for start, end in segments(text):
        mine = anns[bisect_left(starts, start):bisect_left(starts, end)]
        cut, before = _forced_prefix(text, start, end, mine, table)
        # Without a lost byte the decoder never lost phase: only aligned annotations to drop; the same holds
        # before the cut, where the search could only follow one reading.
        edits.extend(annotation_drops(text, start, mine[:before]))
        if cut == end:
            continue
        rest = [new_annotation((a.start - cut, a.end - cut, a.reading, a.paren)) for a in mine[before:]]
        head = text[cut - 1] if cut > start else ""
        search = Search(text[cut:end], table, scorer, rest, Context(text, cut, end), state_after(head))
        # The lookahead can crowd the beam with readings that die later; a dead search is retried without it.
        steps = search.run(lookahead=True)
        if steps is None:
            steps = search.run(lookahead=False)
        if search.unrecoverable or steps is None:
            flags_out.add("unrecoverable")
        if steps is None:
            edits.extend(annotation_drops(text, cut, mine[before:]))
            continue
        # Stages 4 to 6 decide again what the beam's bigram could not see, on the best path only.
        steps = Quotes(search).redecide(Stops(search).redecide(RunningText(search).redecide(steps)))
        edits.extend(edits_of(search.line, steps, cut))
    return Pass(edits, frozenset(flags_out))


def _forced_prefix(text: str, start: int, end: int, anns: list[Annotation],
                   table: frozenset[int]) -> tuple[int, int]:
    """Where the search of the segment ``[start, end)`` must start, and how many of its annotations ``anns`` come
    before: ``end`` when it holds no ``?``, else the last annotation before the first ``?`` that an aligned table
    character explains, as long as every annotation before it is such (``start`` when the first is not).

    Before the first lost byte the decoder was in phase, and an aligned table character's annotation is the only
    move the search has there (no literal reading, no unexplained drop), so it follows a single reading up to that
    point; its state after the annotation's character depends on that character alone (see :func:`state_after`)."""
    first = text.find("?", start, end)
    if first < 0:
        return end, len(anns)
    cut, before = start, 0
    for k, ann in enumerate(anns):
        if ann.start >= first or not explains(text, start, ann, table):
            break
        cut, before = ann.start, k
    return cut, before


