"""The audit trail: compose the edits of successive repair stages into fixes on the original input.

Each fixer sees the text produced by the previous one and returns :class:`Edit` s relative to *its* input.
:class:`Trail` maps them back, so every :class:`Fix` carries offsets into the text the user passed in and the
invariant ``apply_fixes(source, fixes) == repaired_text`` holds (tested as a replay property). When a later stage
edits text that an earlier stage produced (e.g. the mirror stage restores 報 and the script stage turns it into 报),
the two become one fix: its ``kind`` is the first stage's and its confidence the lower of the two.
Written by hand because no library composes span edits with provenance.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class Fix:
    """One repair: ``source[start:end]`` (``before``) was replaced by ``after``."""

    kind: str
    start: int
    end: int
    before: str
    after: str
    confidence: float

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "before": self.before,
                "after": self.after, "confidence": round(self.confidence, 4)}


class Edit(NamedTuple):
    """A fixer's proposal: replace ``text[start:end]`` of the fixer's input with ``after``."""

    start: int
    end: int
    after: str
    kind: str
    confidence: float


@dataclass(slots=True)
class _Piece:
    """A stretch of the current text and the span of the source it came from."""

    src_start: int
    src_end: int
    out: str | None = None  # None: unchanged, the text is source[src_start:src_end] (never copied)
    kind: str | None = None
    confidence: float = 1.0

    @property
    def size(self) -> int:
        return self.src_end - self.src_start if self.out is None else len(self.out)

    def text(self, source: str) -> str:
        return source[self.src_start:self.src_end] if self.out is None else self.out


def apply_fixes(source: str, fixes: Iterable[Fix]) -> str:
    """Replay fixes (sorted, non-overlapping, offsets into ``source``) and return the repaired text."""
    parts, pos = [], 0
    for fix in sorted(fixes, key=lambda f: (f.start, f.end)):
        if fix.start < pos or source[fix.start:fix.end] != fix.before:
            raise ValueError(f"fix {fix} does not apply to this text at offset {fix.start}")
        parts.append(source[pos:fix.start])
        parts.append(fix.after)
        pos = fix.end
    parts.append(source[pos:])
    return "".join(parts)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The text a fixer's edits produce (edits sorted and non-overlapping)."""
    parts, pos = [], 0
    for edit in edits:
        parts.append(text[pos:edit.start])
        parts.append(edit.after)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


class Trail:
    """The current text of a repair, with the provenance of every character.

    >>> t = Trail("象征著")
    >>> t.apply([Edit(2, 3, "着", "script", 0.9)])
    >>> t.text, [f.before + ">" + f.after for f in t.fixes()]
    ('象征着', ['著>着'])
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._pieces = [_Piece(0, len(source))] if source else []
        self.text = source

    def apply(self, edits: Sequence[Edit]) -> None:
        """Apply one stage's edits (offsets into :attr:`text`) and fold them into the trail."""
        if not edits:
            return
        edits = sorted(edits, key=lambda e: (e.start, e.end))
        _check(edits, len(self.text))
        pending = list(reversed(self._pieces))  # a stack: the next piece is pending[-1]
        done: list[_Piece] = []
        cur = 0  # offset in the current text where pending[-1] starts
        for edit in edits:
            cur = _copy_before(pending, done, cur, edit.start)
            cur = _absorb(pending, done, cur, edit, self.source)
        done.extend(reversed(pending))
        self._pieces = done
        self.text = "".join(p.text(self.source) for p in done)

    def fixes(self) -> list[Fix]:
        """The changed pieces as fixes on the source, in order."""
        return [Fix(p.kind, p.src_start, p.src_end, self.source[p.src_start:p.src_end], p.out, p.confidence)
                for p in self._pieces
                if p.kind is not None and p.out is not None and self.source[p.src_start:p.src_end] != p.out]


def _check(edits: Sequence[Edit], length: int) -> None:
    prev_end = 0
    for e in edits:
        if not 0 <= e.start <= e.end <= length or e.start < prev_end:
            raise ValueError(f"overlapping or out-of-range edit {e} (text length {length})")
        prev_end = e.end


def _split(piece: _Piece, at: int) -> tuple[_Piece, _Piece]:
    """Split an unchanged piece ``at`` characters into it: index arithmetic only, so a stage with many edits
    costs O(pieces + edits), not O(text length x edits)."""
    mid = piece.src_start + at
    return _Piece(piece.src_start, mid), _Piece(mid, piece.src_end)


def _copy_before(pending: list[_Piece], done: list[_Piece], cur: int, start: int) -> int:
    """Move whole pieces ending at or before ``start`` to ``done``; split an unchanged piece straddling it."""
    while pending:
        piece = pending[-1]
        end = cur + piece.size
        if end <= start:
            done.append(pending.pop())
            cur = end
        elif cur < start and piece.kind is None:
            head, tail = _split(pending.pop(), start - cur)
            done.append(head)
            pending.append(tail)
            cur = start
        else:
            break
    return cur


def _absorb(pending: list[_Piece], done: list[_Piece], cur: int, edit: Edit, source: str) -> int:
    """Replace current ``[edit.start, edit.end)`` by a merged piece; returns the offset after it."""
    taken: list[_Piece] = []
    first_at = cur
    while pending and cur < edit.end:
        piece = pending[-1]
        end = cur + piece.size
        if piece.kind is None and end > edit.end:
            head, tail = _split(pending.pop(), edit.end - cur)
            pending.append(tail)
            piece, end = head, edit.end
        else:
            pending.pop()
        taken.append(piece)
        cur = end
    if not taken:
        src = done[-1].src_end if done else 0
        done.append(_Piece(src, src, edit.after, edit.kind, edit.confidence))
        return cur
    head = taken[0].text(source)[:edit.start - first_at] + edit.after
    last = taken[-1].text(source)
    out = head + last[len(last) - (cur - edit.end):]
    changed = [p for p in taken if p.kind is not None]
    kind = changed[0].kind if changed else edit.kind
    confidence = min([edit.confidence, *(p.confidence for p in changed)])
    # The merged piece goes back on the stack: a later edit of this stage may still touch its tail, which keeps
    # its old offsets when the piece is placed as if it started at edit.end - len(head).
    pending.append(_Piece(taken[0].src_start, taken[-1].src_end, out, kind, confidence))
    return edit.end - len(head)
