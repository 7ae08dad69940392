"""mirror fixer (being written)."""

from __future__ import annotations

from newsmend.repair.config import RepairConfig
from newsmend.repair.fixer import Pass


def fix(text: str, config: RepairConfig, flags: frozenset[str]) -> Pass:
    """Placeholder until the mirror fixer lands: finds nothing."""
    return Pass()
