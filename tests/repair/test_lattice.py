"""The lattice that decides the holes of lossy mojibake: each rule shown on the choice it changes."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np
import pytest

from newsmend.repair import lattice, lm
from newsmend.repair.bigram import bigram_model
from newsmend.repair.lattice import decide, evidence, window_scores, word_score


def no_unary(chosen: Sequence[str], n: int, options: tuple[str, ...]) -> list[float]:
    return [0.0] * len(options)


def any_pair(n: int, before: str, after: str) -> bool:
    return True


def slots(text: str, hole: int, *others: str) -> list[list[str]]:
    """One slot per character of ``text``; the slot at ``hole`` may also be any of ``others``."""
    out = [[ch] for ch in text]
    out[hole] = [*others, text[hole]]
    return out


def test_the_bigram_picks_the_character_that_makes_a_word() -> None:
    chosen, [confidence] = decide(slots("我们的", 1, "门"), False, no_unary, any_pair)
    assert "".join(chosen) == "我们的" and 0.5 < confidence <= 1


def test_two_clause_marks_never_follow_each_other() -> None:
    chosen, _ = decide(slots("可是，你知道", 3, "，"), False, no_unary, any_pair)
    assert "".join(chosen) == "可是，你知道"


@pytest.mark.parametrize("text", ["这件事，以我的看法", "他说：“人都来了", "完成。以此为准"])
def test_no_question_or_exclamation_mark_right_after_a_clause_mark_or_an_opening_one(text: str) -> None:
    # Big5 以 人 and ？ (A5 48, A4 48, A1 48) read as GBK share the one byte that survives.
    for mark in "？！":
        chosen, _ = decide(slots(text, 4, mark), False, no_unary, any_pair)
        assert "".join(chosen) == text


def test_a_dash_is_written_twice() -> None:
    chosen, _ = decide(slots("破折号——这", 4, "出"), False, no_unary, any_pair)
    assert "".join(chosen) == "破折号——这"


def test_a_number_in_digits_reads_like_a_numeral() -> None:
    chosen, _ = decide(slots("5月1日", 1, "有"), False, no_unary, any_pair)
    assert "".join(chosen) == "5月1日"


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize(("text", "hole"), [("会议于二〇二〇年十月召开", 4), ("会议于二〇二〇年十月召开", 6),
                                            ("二〇一九年的统计数据显示", 1), ("始建于一九〇八年，", 5)])
def test_a_number_written_numeral_by_numeral_keeps_its_zero(text: str, hole: int, traditional: bool) -> None:
    # GBK read as GB2312 loses 〇 (A9 96) whole; 級 (BC 89) is among what its bytes may be, and 二级 is a word.
    chosen, _ = decide(slots(text, hole, "級", "個", "會"), traditional, no_unary, any_pair)
    assert "".join(chosen) == text


def test_a_zero_outside_a_number_does_not_stand_for_a_mark() -> None:
    # UTF-8 〇 and 。 (E3 80 87, E3 80 82) read as GBK keep the same first two bytes.
    chosen, _ = decide(slots("问题总算是解决了。\n花钱", 8, "〇", "、"), False, no_unary, any_pair)
    assert "".join(chosen) == "问题总算是解决了。\n花钱"


def test_digits_do_not_run_on_into_numerals() -> None:
    chosen, _ = decide(slots("成人票原价：200元\n", 9, "八"), False, no_unary, any_pair)
    assert "".join(chosen) == "成人票原价：200元\n"


def test_pairs_the_bytes_rule_out_are_not_chosen() -> None:
    def not_men(n: int, before: str, after: str) -> bool:
        return after != "们"

    chosen, _ = decide(slots("我们的", 1, "门"), False, no_unary, not_men)
    assert "".join(chosen) == "我门的"


def test_unary_terms_count() -> None:
    def against_men(chosen: Sequence[str], n: int, options: tuple[str, ...]) -> list[float]:
        return [-100.0 if ch == "们" else 0.0 for ch in options]

    chosen, _ = decide(slots("我们的", 1, "门"), False, against_men, any_pair)
    assert "".join(chosen) == "我门的"


def test_document_evidence_brings_back_a_name_the_dictionaries_lack(monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = slots("纪志明为河北", 3, "不")
    seen = evidence([[[ch] for ch in "任命纪志明为"]])
    with_context, _ = decide(damaged, False, no_unary, any_pair)
    assert "".join(with_context) == "纪志明为河北"  # running text knows 为 before a place name
    monkeypatch.setattr(lattice, "CONTEXT_WEIGHT", 0.0)  # the word models alone: only the document decides
    without, _ = decide(damaged, False, no_unary, any_pair)
    with_evidence, _ = decide(damaged, False, no_unary, any_pair, seen)
    assert "".join(without) == "纪志明不河北"
    assert "".join(with_evidence) == "纪志明为河北"


def test_wordfreq_knows_words_jiebas_dictionary_lacks() -> None:
    assert word_score("雄安新区", False) > word_score("雄已新区", False)
    chosen, _ = decide(slots("雄安新区", 1, "已"), False, no_unary, any_pair)
    assert "".join(chosen) == "雄安新区"
    assert wordfreq_reference("雄安") > wordfreq_reference("雄") + wordfreq_reference("安")


def wordfreq_reference(text: str) -> float:
    """log P of the best segmentation of ``text`` into wordfreq's Chinese words of at most WORDFREQ_LONGEST
    characters, every piece tried (the lattice stops at pieces that start no word), a character it lacks at
    UNSEEN_CHAR_LOGP."""
    words, n = lm.wordfreq_zh(), len(text)
    best = [0.0] * (n + 1)
    for i in range(n - 1, -1, -1):
        freq = words[text[i]].get(text[i])
        top = (math.log(freq) if freq else lm.UNSEEN_CHAR_LOGP) + best[i + 1]
        for j in range(i + 2, min(n, i + lm.WORDFREQ_LONGEST) + 1):
            freq = words[text[i]].get(text[i:j])
            if freq:
                score = math.log(freq) + best[j]
                if score > top:
                    top = score
        best[i] = top
    return best[0]


def test_evidence_counts_only_pairs_the_bytes_decide() -> None:
    assert evidence([[["雄"], ["安", "已"], ["新"], ["区"]]]) == {"新": {"区": 1.0}}


def test_no_clause_mark_right_after_an_opening_quote() -> None:
    chosen, _ = decide(slots("说：“你已经", 3, "，"), False, no_unary, any_pair)
    assert "".join(chosen) == "说：“你已经"
    alone, _ = decide(slots("你已经", 0, "，"), False, no_unary, any_pair)
    assert "".join(alone) == "，已经"  # without the quote, the comma's share of prose wins


def test_a_mark_before_a_line_break_ends_a_sentence() -> None:
    chosen, _ = decide(slots("你知道吗？\n", 4, "，"), False, no_unary, any_pair)
    assert "".join(chosen) == "你知道吗？\n"
    inline, _ = decide(slots("你知道吗？他", 4, "，"), False, no_unary, any_pair)
    assert "".join(inline) == "你知道吗，他"  # mid-line, the comma's share of prose wins


def test_document_evidence_says_which_mark_follows_a_word() -> None:
    damaged = slots("你知道吗？他", 4, "，")
    seen = evidence([[[ch] for ch in "真的吗？好吗？是吗？"]])
    assert seen["吗"]["？"] > seen["吗"]["，"]
    chosen, _ = decide(damaged, False, no_unary, any_pair, seen)
    assert "".join(chosen) == "你知道吗？他"


def test_the_bigrams_row_and_column_forms_score_every_pair_as_logp_does() -> None:
    """``logp_row`` and ``logp_column`` repeat :meth:`logp`'s rules for speed; they must never drift from it."""
    model = bigram_model()
    chars = ["的", "了", "中", "国", "人", "我", "们", "，", "。", "、", "？", "！", "“", "（", "—", "…", "#", "x",
             "\ue000", "龘"]
    for prev in [None, *chars]:
        row = model.logp_row(prev, (*chars, "国"))  # a character twice: traditional options may share a key
        assert row == [model.logp(prev, ch) for ch in (*chars, "国")], prev
    for ch in chars:
        assert model.logp_column(chars, ch) == [model.logp(prev, ch) for prev in chars], ch


def test_a_group_of_several_slots_is_decoded_as_the_sum_over_all_of_its_paths() -> None:
    """Viterbi and forward-backward over a group (matrix operations) agree with enumerating every path: the best
    path is the best one, and each option's posterior is the share of the paths through it."""
    model = bigram_model()
    options = [("我", "找", "的"), ("们", "门", "人"), ("的", "地")]
    first = [model.logp(None, ch) for ch in options[0]]
    trans = [np.array([[model.logp(a, b) for b in after] for a in before])
             for before, after in itertools.pairwise(options)]
    local = [[0.0] * len(options[0]), [-1.0, 0.0, -0.5], [0.0, -2.0]]
    last = [model.logp(ch, "家") for ch in options[-1]]
    path, posteriors = lattice._chain(first, trans, local, last)
    scores = {
        picks: first[picks[0]] + last[picks[-1]]
        + sum(trans[k][picks[k], picks[k + 1]] + local[k + 1][picks[k + 1]] for k in range(len(options) - 1))
        for picks in itertools.product(*(range(len(opts)) for opts in options))
    }
    assert tuple(path) == max(scores, key=scores.__getitem__)
    total = sum(math.exp(score) for score in scores.values())
    for k, opts in enumerate(options):
        for i in range(len(opts)):
            through = sum(math.exp(score) for picks, score in scores.items() if picks[k] == i)
            assert posteriors[k][i] == pytest.approx(through / total, rel=1e-9)


@pytest.mark.parametrize(("left", "right", "traditional"), [
    ("我們今天在", "發表了聲明", True), ("2018年5月", "，中国人民", False), ("“你好", "”\n他说", False),
    ("", "国家", False), ("新华社北京", "", False), ("ab，", "cd", False), ("于二〇", "〇年十月", False),
    ("二〇二", "年", True), ("一九", "1九", False)])
def test_a_groups_windows_score_exactly_as_each_window_alone(left: str, right: str, traditional: bool) -> None:
    """:func:`window_scores` reads what a group's windows share once; every score must be :func:`word_score`'s to
    the last bit (the lattice's choices and confidences are compared exactly)."""
    readings = ["的", "人", "，", "1", "x", "國家", "」的", "〇", "二", "二〇"]
    for length in (1, 2):
        options = [r for r in readings if len(r) == length]
        expected = [word_score.__wrapped__(left + r + right, traditional) for r in options]
        assert window_scores(left, options, right, traditional) == expected


@pytest.mark.parametrize("run", ["中华人民共和国成立了", "我们可以", "雄安新区", "的", "龘国家", "記者報導說明天"])
def test_the_fused_segmentation_is_both_word_models_to_the_last_bit(run: str) -> None:
    """The lattice walks jieba's and wordfreq's segmentations in one loop (``_run_score``, and from a cached tail in
    ``_split_run_score``); jieba's half must equal :meth:`lm.LanguageModel.score` (the same loop without wordfreq's
    half) and wordfreq's the plain dynamic programme over its words (:func:`wordfreq_reference`, which tries every
    piece)."""
    expected = lm.default_model().score(run) + lattice.WORDFREQ_WEIGHT * wordfreq_reference(run)
    assert lattice._run_score(run) == expected
    for cut in range(len(run) + 1):
        assert lattice._split_run_score(run[:cut], run[cut:]) == expected


def test_a_slot_with_many_options_keeps_those_its_neighbours_make_likely() -> None:
    """A character lost whole in a run of holes may be any of hundreds; the options a group keeps per slot are the
    likeliest beside its known neighbours, not the first ones of the list (Big5 read as GBK loses 持 whole)."""
    filler = [chr(cp) for cp in range(0x4E00, 0x4E00 + 200)]  # 一丁丂七丄丅丆万丈三上下…
    options = [*filler[:100], "持", *filler[100:]]
    group = [["会"], ["议"], ["由"], ["他"], ["主"], options, [*filler[:100], "召", *filler[100:]], ["开"]]
    assert len(options) > lattice.MAX_JOINT_OPTIONS
    chosen, _ = decide(group, False, no_unary, any_pair)
    assert "".join(chosen[4:]) == "主持召开"


@pytest.mark.parametrize("traditional", [False, True])
def test_a_pair_matrix_is_the_bigram_row_of_each_character_before(traditional: bool) -> None:
    """A group's pair matrix is built whole (numpy's logarithm over all products, then the followers the
    dictionary pairs with each row's character and the rules for marks): every entry is the row's score to the
    last bits of the logarithm, over characters that start words, follow one another inside words, end clauses, are
    doubled (——), digits, Latin letters, spaces and line breaks."""
    chars = [*"我们的门会议由他主持召开說話國家中华人民共和大小", *"，。、：；？！“”（）《》——……", *"05 Ab\n·【】「」",
             *"〇二九零"]
    options = tuple(dict.fromkeys(chars))
    prevs = tuple(reversed(options))
    matrix = lattice._base_matrix.__wrapped__(prevs, options, traditional)
    rows = np.array([lattice._base_row(prev, options, traditional) for prev in prevs])
    assert matrix.shape == rows.shape
    assert np.allclose(matrix, rows, rtol=1e-13, atol=0.0)


@pytest.mark.parametrize(("left", "options", "right", "traditional"), [
    ("过，一", ["〇", "個", "麪"], "八个人", True), ("在二", ["〇〇", "戰爭", "級個"], "八年说", True),
    ("于二〇", ["二", "〇", "年"], "〇年十月", False), ("我們今天在", ["的", "了"], "發表了", True),
    ("有四", ["〇", "個"], "年輕人", True)])
def test_numbers_with_a_zero_are_read_in_digits_by_the_context_model(left: str, options: list[str], right: str,
                                                                     traditional: bool) -> None:
    """The context model reads 一〇八 as 108, the way news text writes it; the options still differ by what the
    whole window scores, read so (the 一 and 八 around the lost 〇 are charged to every option)."""
    from newsmend.repair.context_model import context_model, keys

    model = context_model()
    scores = lattice._context_scores(left, options, right, traditional)
    whole = [model.score(keys(lattice._in_digits(left + option + right), traditional)) for option in options]
    assert [s - scores[0] for s in scores] == pytest.approx([w - whole[0] for w in whole])
    if "八个人" in right:
        assert scores.index(max(scores)) == 0  # 一〇八, not 一個八 (一个: 0.14 after 一)
    if "年輕人" in right:
        assert scores.index(max(scores)) == 1  # 四〇 is no number in digits (40): 四個年輕人


@pytest.mark.parametrize(("posteriors", "expected", "confidence"), [
    ([0.1, 0.9], "我们的", None),  # 们 above the floor: the word models re-rank, and 我们 wins over the bigram's 门
    ([0.002, 0.998], "我门的", 0.998),  # below it: the bigram's choice stands, with its posterior
])
def test_a_group_is_re_ranked_only_when_a_second_option_clears_the_floor(
        posteriors: list[float], expected: str, confidence: float | None) -> None:
    # The options come in slot order, not sorted by posterior: the floor is taken against the best wherever it is.
    chosen = list("我门的")
    found = lattice._rescore(chosen, 1, [("们", "门")], [posteriors], False, no_unary, any_pair, {})
    assert "".join(chosen) == expected
    assert found == confidence if confidence is not None else 0.5 < found <= 1
