"""The script fixer: undo character-level conversion only when it is an artifact, context-aware."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from newsmend.repair import repair
from newsmend.repair.config import RepairConfig
from newsmend.repair.script import _runs, candidates, fix, undo_char_conversion
from newsmend.repair.trail import apply_edits

MACHINE = frozenset({"converted-script"})


def _fix(text: str, flags: frozenset[str] = MACHINE, **options: str) -> str:
    return apply_edits(text, fix(text, RepairConfig(**options), flags).edits)


def test_auto_without_evidence_keeps_genuine_traditional() -> None:
    assert fix("臺灣的新聞報導指出", RepairConfig(), frozenset()).edits == []


def test_auto_with_mirror_flag_converts_by_context() -> None:
    assert _fix("這將象征著防務合作的新階段") == "这将象征着防务合作的新阶段"
    assert _fix("他是一位著名作家，成就顯著") == "他是一位著名作家，成就显著"


def test_inverse_of_character_conversion() -> None:
    assert candidates("為") == ("为",)  # OpenCC converts 为 to 爲, other converters to 為
    assert set(candidates("著")) == {"着", "著"}
    assert candidates("後")[0] == "后"
    assert undo_char_conversion("為了簽署，後來") == "为了签署，后来"


def test_requested_conversions_and_keep() -> None:
    assert _fix("臺灣新聞", frozenset(), script="simplified") == "台湾新闻"
    assert _fix("台湾新闻", frozenset(), script="traditional") == "臺灣新聞"
    assert _fix("這將象征著", MACHINE, script="keep") == "這將象征著"


def test_one_edit_per_changed_run() -> None:
    edits = fix("報紙說，東京", RepairConfig(), MACHINE).edits
    assert [(e.start, e.end, e.after, e.kind) for e in edits] == [(0, 3, "报纸说", "script"), (4, 5, "东", "script")]


def test_engine_chains_mirror_and_script() -> None:
    result = repair("當(dāng)地時(shí)間，報(bào)道說(shuō)", punctuation="keep", mojibake=False)
    assert result.text == "当地时间，报道说"
    assert result.replay() == result.text


@given(st.lists(st.tuples(st.sampled_from("著著后後"), st.booleans()), max_size=30))
def test_runs_are_maximal_and_rebuild_the_converted_text(chars: list[tuple[str, bool]]) -> None:
    before = "".join(ch for ch, _ in chars)
    after = "".join(candidates(ch)[0] if convert else ch for ch, convert in chars)
    edits = _runs(before, after, "script", 0.9)
    assert apply_edits(before, edits) == after
    assert all(before[k] != after[k] for e in edits for k in range(e.start, e.end))
    assert all(a.end < b.start for a, b in pairwise(edits))  # runs that touch would be one run
