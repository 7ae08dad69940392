"""The repair orchestrator: runs the fixers in order and records what each one changed.

Order matters and is fixed:
  1. entities     -- HTML character references left in the text (``&amp;``, ``&ldquo;``) become characters;
  2. mojibake     -- undo wrong decodings, so later stages see real characters;
  3. mirror       -- rebuild the GBK bytes a spam mirror damaged and drop its ``(pinyin)`` annotations;
  4. script       -- undo machine script conversion (context-aware: 著 → 着 as a particle, not in 著名);
  5. punctuation  -- full-width punctuation back in Chinese context.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsmend.errors import InputTypeError
from newsmend.options import make_config
from newsmend.repair import entities, mirror, mojibake, punctuation, script
from newsmend.repair.config import RepairConfig
from newsmend.repair.fixer import Fixer
from newsmend.repair.trail import Fix, Trail, apply_fixes

#: The fixers, in the order they run, with the option that switches each off.
FIXERS: tuple[tuple[str, Fixer], ...] = (
    ("entities", entities.fix),
    ("mojibake", mojibake.fix),
    ("mirror", mirror.fix),
    ("script", script.fix),
    ("punctuation", punctuation.fix),
)


@dataclass(frozen=True, slots=True)
class RepairResult:
    """The repaired text, every fix (offsets into the input) and flags that describe the input."""

    source: str
    text: str
    fixes: tuple[Fix, ...]
    flags: frozenset[str]

    @property
    def changed(self) -> bool:
        return self.text != self.source

    def replay(self) -> str:
        """Apply :attr:`fixes` to :attr:`source` again (equals :attr:`text`; a check for auditors)."""
        return apply_fixes(self.source, self.fixes)

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "fixes": [f.to_dict() for f in self.fixes], "flags": sorted(self.flags)}


def _enabled(name: str, config: RepairConfig) -> bool:
    if name in ("entities", "mojibake", "mirror"):
        return bool(getattr(config, name))
    return getattr(config, name) != "keep"


def repair(text: str, config: RepairConfig | None = None, **options: object) -> RepairResult:
    """Restore damaged text and explain every change.

    ``options`` are shorthand for :class:`RepairConfig` fields (``repair(s, script="keep")``).

    >>> r = repair("据悉,该计划已得到确认。")
    >>> r.text
    '据悉，该计划已得到确认。'
    >>> [(f.kind, f.before, f.after) for f in r.fixes]
    [('punctuation', ',', '，')]
    """
    if not isinstance(text, str):
        hint = " (decode it first, or call newsmend.extract for raw pages)" if isinstance(text, bytes) else ""
        raise InputTypeError(f"repair() takes str, got {type(text).__name__}{hint}")
    if config is None:
        config = make_config(RepairConfig, options)
    elif options:
        raise InputTypeError("pass either a RepairConfig or keyword options, not both")
    trail, flags = Trail(text), frozenset[str]()
    for name, fixer in FIXERS:
        if _enabled(name, config):
            found = fixer(trail.text, config, flags)
            trail.apply(found.edits)
            flags |= found.flags
    return RepairResult(text, trail.text, tuple(trail.fixes()), flags)
