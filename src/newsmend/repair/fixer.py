"""The interface every fixer implements: a pure function from text to edits (and flags)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from newsmend.repair.config import RepairConfig
from newsmend.repair.trail import Edit


@dataclass(frozen=True, slots=True)
class Pass:
    """What one fixer found: edits relative to its input, and flags describing the document."""

    edits: list[Edit] = field(default_factory=list)
    flags: frozenset[str] = frozenset()


#: A fixer sees the current text, the options and the flags raised by earlier fixers (e.g. ``"mirror-spam"``
#: tells the script fixer that a traditional-looking text was converted by a machine). Clean text must cost
#: about one scan: fixers start with a cheap test and return ``Pass()`` when there is nothing to do.
Fixer = Callable[[str, RepairConfig, frozenset[str]], Pass]
