"""The audit trail: fixes from successive stages compose, and replaying them gives the repaired text."""

from hypothesis import given
from hypothesis import strategies as st

from newsmend.repair.trail import Edit, Trail, apply_edits, apply_fixes


@st.composite
def stages(draw: st.DrawFn) -> tuple[str, list[list[tuple[float, float, str]]]]:
    source = draw(st.text(alphabet="abc中文", max_size=12))
    plan = draw(st.lists(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), st.text("XY著", max_size=3)),
                                  max_size=4), min_size=1, max_size=4))
    return source, plan


def _edits(text: str, plan: list[tuple[float, float, str]], kind: str) -> list[Edit]:
    """Turn relative positions into sorted, non-overlapping edits on ``text``."""
    edits: list[Edit] = []
    for a, b, after in sorted(plan):
        start, end = sorted((round(a * len(text)), round(b * len(text))))
        if edits and start <= edits[-1].end:
            continue
        edits.append(Edit(start, end, after, kind, 0.5))
    return edits


@given(stages())
def test_trail_replays_to_the_same_text(case: tuple[str, list[list[tuple[float, float, str]]]]) -> None:
    source, plan = case
    trail = Trail(source)
    for i, stage in enumerate(plan):
        edits = _edits(trail.text, stage, f"stage{i}")
        expected = apply_edits(trail.text, edits)
        trail.apply(edits)
        assert trail.text == expected
        assert apply_fixes(source, trail.fixes()) == trail.text


def test_later_stage_merges_into_earlier_fix() -> None:
    trail = Trail("日?bào)道")
    trail.apply([Edit(1, 6, "報", "mirror-bytes", 0.9)])
    trail.apply([Edit(1, 2, "报", "script", 0.8)])
    [fix] = trail.fixes()
    assert (fix.kind, fix.before, fix.after, fix.start, fix.end, fix.confidence) == (
        "mirror-bytes", "?bào)", "报", 1, 6, 0.8)
