"""Repair damaged Chinese (and mixed) text, recording every fix. See :func:`repair`."""

from newsmend.repair.config import RepairConfig
from newsmend.repair.engine import FIXERS, RepairResult, repair
from newsmend.repair.trail import Fix, apply_fixes

__all__ = ["FIXERS", "Fix", "RepairConfig", "RepairResult", "apply_fixes", "repair"]
