"""The audit trail: fixes from successive stages compose, and replaying them gives the repaired text."""

from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st

from newsmend.repair.trail import Edit, Fix, Trail, apply_edits, apply_fixes


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


def _fixes(source: str, *stages: list[Edit]) -> tuple[str, list[tuple[str, int, int, str, str, float]]]:
    trail = Trail(source)
    for stage in stages:
        trail.apply(stage)
    assert apply_fixes(source, trail.fixes()) == trail.text
    return trail.text, [(f.kind, f.start, f.end, f.before, f.after, f.confidence) for f in trail.fixes()]


def test_two_edits_inside_one_earlier_fix_stay_one_fix() -> None:
    """The first edit keeps the tail of the earlier fix; the second edit of the same stage lands in that tail."""
    assert _fixes("abcdef", [Edit(1, 4, "WXYZ", "first", 0.9)],
                  [Edit(2, 3, "x", "second", 0.5), Edit(4, 5, "z", "second", 0.7)]) == (
        "aWxYzef", [("first", 1, 4, "bcd", "WxYz", 0.5)])


def test_edit_over_a_fix_and_unchanged_text_around_it() -> None:
    assert _fixes("abcdef", [Edit(2, 3, "C", "first", 0.9)], [Edit(1, 4, "-", "second", 0.8)]) == (
        "a-ef", [("first", 1, 4, "bcd", "-", 0.8)])


def test_insertions_at_the_edges_of_a_fix_stay_apart_and_inside_it_merge() -> None:
    assert _fixes("abc", [Edit(1, 2, "B", "first", 0.9)],
                  [Edit(1, 1, "<", "second", 0.5), Edit(2, 2, ">", "second", 0.5)]) == (
        "a<B>c", [("second", 1, 1, "", "<", 0.5), ("first", 1, 2, "b", "B", 0.9), ("second", 2, 2, "", ">", 0.5)])
    assert _fixes("abc", [Edit(1, 2, "BB", "first", 0.9)], [Edit(2, 2, "+", "second", 0.5)]) == (
        "aB+Bc", [("first", 1, 2, "b", "B+B", 0.5)])


def test_insertion_where_an_earlier_stage_deleted() -> None:
    assert _fixes("abcd", [Edit(1, 3, "", "del", 0.9)], [Edit(1, 1, "X", "ins", 0.8)]) == (
        "aXd", [("del", 1, 3, "bc", "", 0.9), ("ins", 3, 3, "", "X", 0.8)])


@given(st.text(alphabet="ab中", max_size=12), st.lists(st.tuples(st.integers(0, 12), st.integers(0, 3),
                                                                st.text("XY", max_size=2)), max_size=5))
def test_first_stage_gives_one_fix_per_changing_edit(source: str, plan: list[tuple[int, int, str]]) -> None:
    edits: list[Edit] = []
    for start, size, after in sorted(plan):
        start, end = min(start, len(source)), min(start + size, len(source))
        if not edits or (start >= edits[-1].end and (start, end) != edits[-1][:2]):
            edits.append(Edit(start, end, after, "stage", 0.5))
    trail = Trail(source)
    trail.apply(list(reversed(edits)))  # any order of distinct spans: the trail sorts them
    assert [(f.start, f.end, f.before, f.after) for f in trail.fixes()] == [
        (e.start, e.end, source[e.start:e.end], e.after) for e in edits if source[e.start:e.end] != e.after]


def test_a_trail_builds_fixes_equal_to_the_dataclass_built_ones() -> None:
    """``Trail.fixes`` builds each Fix through its slots' setters (faster than the frozen dataclass's ``__init__``):
    a field added to Fix must be set there too, or the fixes would lack it."""
    trail = Trail("中文abc")
    trail.apply([Edit(1, 2, "國", "script", 0.75)])
    (made,) = trail.fixes()
    assert [f.name for f in fields(Fix)] == ["kind", "start", "end", "before", "after", "confidence"]
    expected = Fix("script", 1, 2, "文", "國", 0.75)
    assert made == expected and made.to_dict() == expected.to_dict()
