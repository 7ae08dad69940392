"""The audit trail: compose the edits of successive repair stages into fixes on the original input.

Each fixer sees the text produced by the previous one and returns :class:`Edit` s relative to *its* input.
:class:`Trail` maps them back, so every :class:`Fix` carries offsets into the text the user passed in and the
invariant ``apply_fixes(source, fixes) == repaired_text`` holds (tested as a replay property). When a later stage
edits text that an earlier stage produced (e.g. the mirror stage restores 報 and the script stage turns it into 报),
the two become one fix: its ``kind`` is the first stage's and its confidence the lower of the two.
Written by hand because no library composes span edits with provenance.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from operator import itemgetter
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


#: ``Edit(start, end, after, kind, confidence)`` from the tuple of its fields: ``tuple.__new__`` called in C, not
#: the named tuple's ``__new__`` (a Python function): 0.16 against 0.31 us an edit. The stages that make an edit per
#: changed character or run (script undo, annotation drops, punctuation) make 18k over half the repair_speed
#: mirror row.
new_edit: Callable[[tuple[int, int, str, str, float]], Edit] = partial(tuple.__new__, Edit)


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
        self.text = source
        # The stretches edited so far, as changes on the source, in order. Only these are kept: between two of
        # them the current text is the source shifted by a constant, so nothing else needs recording.
        self._changes: list[_Change] = []

    def apply(self, edits: Sequence[Edit]) -> None:
        """Apply one stage's edits (offsets into :attr:`text`) and fold them into the trail."""
        if not edits:
            return
        edits = sorted(edits, key=_span)
        _check(edits, len(self.text))
        # With nothing changed yet, the current text is the source: the edits are already changes on it.
        self._changes = _compose(self._changes, edits) if self._changes else list(edits)
        self.text = apply_edits(self.text, edits)

    def fixes(self) -> list[Fix]:
        """The changes that change something, as fixes on the source, in order."""
        found, source = [], self.source
        for start, end, after, kind, confidence in self._changes:
            before = source[start:end]
            if before != after:
                found.append(_new_fix(kind, start, end, before, after, confidence))
        return found


_set_kind, _set_start, _set_end, _set_before, _set_after, _set_confidence = (
    getattr(Fix, name).__set__ for name in ("kind", "start", "end", "before", "after", "confidence"))


def _new_fix(kind: str, start: int, end: int, before: str, after: str, confidence: float) -> Fix:
    """``Fix(kind, start, end, before, after, confidence)``, built 40% faster: a frozen dataclass's ``__init__``
    sets each field through ``object.__setattr__`` (a lookup and a call per field); the slots' own setters are
    called here directly. A damaged page has ~10^4 fixes: on ``benchmarks/repair_speed.py``'s mirror row (55k
    fixes per pass) building them was 6% of the time, 0.92 -> 0.56 us a fix."""
    fix = object.__new__(Fix)
    _set_kind(fix, kind)
    _set_start(fix, start)
    _set_end(fix, end)
    _set_before(fix, before)
    _set_after(fix, after)
    _set_confidence(fix, confidence)
    return fix


_span = itemgetter(0, 1)  # an edit's (start, end), the sort key (a C getter: stages have ~10^4 edits)


def _check(edits: Sequence[Edit], length: int) -> None:
    prev_end = 0
    for e in edits:
        if not 0 <= e.start <= e.end <= length or e.start < prev_end:
            raise ValueError(f"overlapping or out-of-range edit {e} (text length {length})")
        prev_end = e.end


#: A change on the source: ``(start, end, after, kind, confidence)``, an :class:`Edit`'s fields with offsets into
#: the source. A plain tuple: a stage on a damaged page makes thousands, and a tuple builds ~8x faster.
_Change = tuple[int, int, str, str, float]


class _Placed(NamedTuple):
    """A change and where its text lies in the current text, ``[start, end)``.

    A merged change that kept the tail of an earlier change is carried to the next edit of its stage (which may
    still touch that tail), placed as if it started at ``start`` so that its tail keeps the offsets the edits use.
    """

    change: _Change
    start: int
    end: int


def _positions(changes: Sequence[_Change]) -> tuple[list[int], list[int], list[int]]:
    """Where each change starts and ends in the current text (both lists ascend, so they can be bisected), and the
    source offset minus the current offset before each change (after the last one: one more entry)."""
    starts, ends, shifts, shift = [], [], [0], 0
    for start, end, after, _, _ in changes:
        starts.append(start + shift)
        shift += len(after) - (end - start)
        ends.append(end + shift)
        shifts.append(-shift)
    return starts, ends, shifts


def _compose(changes: list[_Change], edits: Sequence[Edit]) -> list[_Change]:
    """The changes on the source after a stage's ``edits`` (sorted, on the current text): one pass over both.

    An edit meets the changes that overlap it (an insertion: the change it falls inside); it merges with them
    into one change (:func:`_merge`). An edit that meets none maps to the source by index arithmetic, and the
    changes between two edits are copied as one slice, so a stage costs O(edits x log changes), not O(text).
    """
    starts, ends, shifts = _positions(changes)
    out: list[_Change] = []
    i = 0  # the first change not yet copied or merged
    carry: _Placed | None = None  # a merged change a later edit may still touch (see _Placed)
    for edit in edits:
        start, end, after, kind, confidence = edit
        if carry is not None and carry.end <= start:
            out.append(carry.change)
            carry = None
        k = bisect_right(ends, start, i)  # changes[i:k] end before the edit
        out.extend(changes[i:k])
        i = bisect_left(starts, end, k)  # changes[k:i] overlap it
        met = [_Placed(changes[j], starts[j], ends[j]) for j in range(k, i)] if k < i else []
        if carry is not None and carry.start < end:
            carry = _merge(edit, [carry, *met], 0)
        elif met:
            carry = _merge(edit, met, shifts[k])
        elif carry is not None:  # an insertion at the start of a carried change (left by a deletion) goes before it
            out.append((carry.change[0], carry.change[0], after, kind, confidence))
            continue
        else:  # meets nothing: the source offset is the current one, shifted as after the change before it
            shift = shifts[k]
            out.append((start + shift, end + shift, after, kind, confidence))
            continue
        if carry.end <= end:  # no tail left to touch
            out.append(carry.change)
            carry = None
    if carry is not None:
        out.append(carry.change)
    out.extend(changes[i:])
    return out


def _merge(edit: Edit, met: list[_Placed], shift: int) -> _Placed:
    """One change from ``edit`` and the changes it ``met`` (placed in the current text, in order).

    Its text is the part of the first change before the edit, the edit's text, and the part of the last change
    after it; its kind is the earliest stage's, its confidence the lowest. ``shift`` maps the current text to the
    source before the first change met.
    """
    first, last = met[0], met[-1]
    first_start, _, first_after, kind, _ = first.change
    _, last_end, last_after, _, _ = last.change
    if first.start <= edit.start:
        src_start, head = first_start, first_after[:edit.start - first.start] + edit.after
    else:
        src_start, head = edit.start + shift, edit.after
    if last.end >= edit.end:
        src_end, tail = last_end, last_after[edit.end - last.start:]
    else:
        src_end, tail = edit.end + last_end - last.end, ""
    confidence = min(edit.confidence, *(m.change[4] for m in met))
    return _Placed((src_start, src_end, head + tail, kind, confidence), edit.end - len(head), last.end)
