"""Stage 6 of the mirror repair: from the best reading's steps to one audited edit per repaired region."""

from __future__ import annotations

from dataclasses import dataclass

from newsmend.repair.gbk import (
    HIGH_BYTE,
    decode_pair,
    encode_char,
)
from newsmend.repair.mirror.search import Step
from newsmend.repair.mirror.signature import Annotation
from newsmend.repair.readings import keys_by_reading
from newsmend.repair.trail import Edit, new_edit

#: Confidence of an annotation drop, of bytes fixed by constraints, and of a byte only the model chose.
CONF_ANNOTATION, CONF_CONSTRAINED, CONF_GUESSED = 0.99, 0.9, 0.5


def annotation_drops(text: str, start: int, anns: list[Annotation]) -> list[Edit]:
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
            edits.append(new_edit((ann.start, ann.end, "", "mirror-annotation", CONF_ANNOTATION)))
    return edits


def edits_of(line: str, steps: list[Step], offset: int) -> list[Edit]:
    """Stage 6: replay the chosen steps, decode in phase, and group what differs from the input into edits (their
    offsets into ``line`` plus ``offset``: where it starts in the text the fixer was given)."""
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
    return _group(pieces, offset)


def _group(pieces: list[tuple[int, int, str, bool, float]], offset: int) -> list[Edit]:
    """Merge changed pieces whose input spans touch into one edit each (moved by ``offset``)."""
    edits: list[Edit] = []
    cur: _Region | None = None
    for start, end, text, same, conf in pieces:
        if same and (cur is None or start >= cur.end):
            if cur is not None:
                edits.append(cur.edit(offset))
                cur = None
            continue
        if cur is not None and start <= cur.end:
            cur.start, cur.end = min(cur.start, start), max(cur.end, end)
            cur.text += text
            cur.confidence = min(cur.confidence, conf)
            cur.annotations_only = cur.annotations_only and conf == CONF_ANNOTATION
        else:
            if cur is not None:
                edits.append(cur.edit(offset))
            cur = _Region(start, end, text, conf, conf == CONF_ANNOTATION)
    if cur is not None:
        edits.append(cur.edit(offset))
    return edits


@dataclass(slots=True)
class _Region:
    """A repaired region being grown by :func:`_group` (input span, new text, lowest confidence so far)."""

    start: int
    end: int
    text: str
    confidence: float
    annotations_only: bool

    def edit(self, offset: int) -> Edit:
        kind = "mirror-annotation" if self.annotations_only else "mirror-bytes"
        return Edit(self.start + offset, self.end + offset, self.text, kind, self.confidence)
