"""The repair engine: stages run in order, switch off one by one, and their fixes compose into one audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.support.mirror_damage import damage

from newsmend.errors import InputTypeError
from newsmend.repair import RepairConfig, repair

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mojibake"
CLEAN = (FIXTURES / "clean_hans.txt").read_text("utf-8").strip()


@pytest.fixture(scope="module")
def damaged() -> str:
    return damage(CLEAN, seed=3)


def test_mirror_damage_is_undone_by_three_stages_whose_fixes_replay(damaged: str) -> None:
    result = repair(damaged)
    assert result.text == CLEAN
    assert result.replay() == result.text
    assert {f.kind for f in result.fixes} >= {"mirror-annotation", "script", "punctuation"}
    spans = [(f.start, f.end) for f in result.fixes]
    assert spans == sorted(spans)
    assert all(damaged[f.start:f.end] == f.before != f.after for f in result.fixes)


def test_a_later_stage_merges_into_the_fix_of_an_earlier_one() -> None:
    """Characters the mirror stage rebuilt from lost bytes (traditional) and the script stage then simplified
    stay one fix, of the mirror's kind, on the same span as without the script stage."""
    merged = 0
    for seed in range(12):
        text = damage(CLEAN, seed=seed)
        kept = {(f.start, f.end): f for f in repair(text, script="keep").fixes}
        for fix in repair(text).fixes:
            before_script = kept.get((fix.start, fix.end))
            if fix.kind.startswith("mirror") and before_script and before_script.after != fix.after:
                assert before_script.kind == fix.kind
                merged += 1
    assert merged


@pytest.mark.parametrize(("option", "left"), [("mirror", "("), ("script", "國"), ("punctuation", ",")])
def test_a_stage_switched_off_leaves_its_damage(damaged: str, option: str, left: str) -> None:
    value: object = False if option == "mirror" else "keep"
    result = repair(damaged, **{option: value})
    assert left in result.text
    assert result.replay() == result.text
    assert not any(f.kind.startswith(option) for f in result.fixes)


def test_clean_text_has_no_fixes() -> None:
    result = repair(CLEAN)
    assert (result.text, result.fixes, result.changed) == (CLEAN, (), False)


def test_a_config_and_keyword_options_are_exclusive() -> None:
    with pytest.raises(InputTypeError):
        repair(CLEAN, RepairConfig(), script="keep")
