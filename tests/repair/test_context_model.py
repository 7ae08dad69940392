"""The character trigram counted on running news text: a proper distribution, Witten-Bell on a corpus small
enough to count by hand, and the choice between two characters sharing a byte that only the neighbouring word
decides."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

import pytest

from newsmend.repair import lattice
from newsmend.repair.context_model import (
    _PACK,
    ADD_COUNT,
    BOUNDARY,
    MARK,
    MIN_COUNT,
    ORDER,
    UNSEEN_CHARACTERS,
    ContextModel,
    context_model,
    context_tables,
    corpus_paths,
    group_scores,
    keys,
    read_corpus,
)
from newsmend.repair.lattice import decide

#: A character that occurs in no corpus (a private-use code point).
NEVER_SEEN = "\ue000"


def total_mass(model: ContextModel, history: str) -> float:
    """P(c | history) summed over every key the corpus shows (the boundary among them) and the characters it lacks
    (each of which scores as one never seen)."""
    seen = sum(model.prob(history, ch) for ch in model.characters())
    return seen + UNSEEN_CHARACTERS * model.prob(history, NEVER_SEEN)


def test_a_small_corpus_follows_witten_bell_by_hand() -> None:
    model = ContextModel(context_tables(["甲乙甲乙", "甲乙丙", "甲丙"]))
    # Nine characters and three paragraph ends (four keys). After 甲: 乙 three times, 丙 once (2 distinct
    # followers); 丙 is seen once, under the kept count of 2, so its mass comes through the followers' share of
    # the unigram.
    assert model.characters() == {"甲", "乙", "丙", BOUNDARY}
    unigram = model.unigram("丙")
    assert unigram == pytest.approx((2 + ADD_COUNT) / (12 + ADD_COUNT * (4 + UNSEEN_CHARACTERS)))
    assert model.prob("甲", "丙") == pytest.approx((0 + 2 * unigram) / (3 + 2))
    assert model.prob("甲", "乙") > 0.5


def counted_by_hand(paragraphs: Sequence[str]) -> tuple[dict[str, int], dict[str, tuple[int, int]], dict[str, int]]:
    """The n-grams kept, each history's (distinct followers, kept followers' count) and each key's count, counted
    as strings: what :func:`context_tables` must agree with."""
    grams: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for paragraph in paragraphs:
        line = BOUNDARY + keys(paragraph, traditional=False) + BOUNDARY
        chars.update(line[1:])
        for size in range(2, ORDER + 1):
            grams.update(line[n:n + size] for n in range(len(line) - size + 1))
    histories: dict[str, tuple[int, int]] = {}
    for gram, n in grams.items():
        types, seen = histories.get(gram[:-1], (0, 0))
        histories[gram[:-1]] = (types + 1, seen + (n if n >= MIN_COUNT else 0))
    kept = {gram: n for gram, n in grams.items() if n >= MIN_COUNT}
    return kept, {h: numbers for h, numbers in histories.items() if numbers[1]}, dict(chars)


def test_the_tables_hold_the_counts_of_the_corpus_strings() -> None:
    paragraphs = list(itertools.islice(read_corpus(corpus_paths()), 2000))
    kept, histories, chars = counted_by_hand(paragraphs)
    model = ContextModel(context_tables(paragraphs))
    assert len(model._grams._codes) == len(kept) and len(model._histories._codes) == len(histories)
    assert all(model._grams.get(gram) == n for gram, n in kept.items())
    assert all(model._histories.get(h) == types * _PACK + seen for h, (types, seen) in histories.items())
    assert model._chars == chars


@pytest.mark.parametrize("history", ["", "的", "可以", BOUNDARY, "\ue000", "以\ue000"])
def test_every_history_spreads_exactly_one(history: str) -> None:
    assert total_mass(context_model(), history) == pytest.approx(1.0, abs=1e-9)


def test_the_corpus_is_running_text_across_words() -> None:
    paragraphs = list(read_corpus(corpus_paths()))
    assert len(paragraphs) > 10_000
    assert all("/" not in p and " " not in p for p in paragraphs[:100])


def test_keys_fold_digits_width_and_script_one_key_per_character() -> None:
    assert keys("１９9８年\n", False) == "0000年" + BOUNDARY
    assert keys("會議【圖】", True) == "会议" + MARK + "图" + MARK
    text = "為了ＡＢ，“說”…"
    assert keys(text, True) == "为了AB" + MARK + MARK + "说" + MARK + MARK


def test_the_corpus_zero_among_numerals_is_the_numeral_zero() -> None:
    # People's Daily of 1998 writes the zero of 二○○二年 as ○ (U+25CB); GBK and Unicode text as 〇 (U+3007).
    assert keys("二○○二年", False) == keys("二〇〇二年", False) == "二〇〇二年"
    model = context_model()
    assert model.prob("二", "〇") > 100 * model.prob("二", NEVER_SEEN)  # counted, not a character never seen


def test_only_the_marks_the_lattice_chooses_among_share_the_mark_key() -> None:
    # ｛ and ｡ (U+FF5B, U+FF61) are no marks of prose: keyed as one, they scored as likely as ， where ～ (U+FF5E)
    # stood, all three EF BD xx in UTF-8.
    assert keys("，。：“（a,b.", False) == MARK * 5 + "a" + MARK + "b" + MARK
    assert MARK not in keys("｛｡～", False)
    assert group_scores("00", ["～"], "17", False)[0] > group_scores("00", ["｛"], "17", False)[0]


def test_the_next_word_decides_between_two_frequent_characters() -> None:
    model = context_model()
    assert model.score(keys("我们可以", False)) > model.score(keys("我们可人", False))
    assert model.prob("们", "可") > model.prob("们", "人")


@pytest.mark.parametrize(("before", "after"), [("我们将", "实际行动"), ("", "实际"), ("将", ""), ("", "")])
def test_a_groups_score_differs_between_options_as_the_whole_windows_do(before: str, after: str) -> None:
    """:func:`group_scores` leaves out the positions every option shares; it must rank options as the window does."""
    model = context_model()
    with_yi, with_ren = group_scores(before, ["以", "人"], after, False)
    gap = with_yi - with_ren
    whole = model.score(keys(before + "以" + after, False)) - model.score(keys(before + "人" + after, False))
    assert gap == pytest.approx(whole, abs=1e-9)


def no_unary(chosen: Sequence[str], n: int, options: tuple[str, ...]) -> list[float]:
    return [0.0] * len(options)


def any_pair(n: int, before: str, after: str) -> bool:
    return True


def choose(text: str, hole: int, other: str, traditional: bool) -> str:
    """The lattice's pick for the slot at ``hole`` of ``text`` when it may also be ``other`` (listed first, as the
    likelier in isolation)."""
    slots = [[ch] for ch in text]
    slots[hole] = [other, text[hole]]
    chosen, _ = decide(slots, traditional, no_unary, any_pair)
    return chosen[hole]


# Big5 writes 以 as A5 48 and 人 as A4 48, 更 as A7 F3 and 於 as A9 F3: read as GBK, the lead byte is lost and the
# two are one hole. Each is a one-character word, so the word models alone take the more frequent everywhere.
CASES = [
    ("我們將以實際行動回應", 3, "人", True),
    ("公司以低价出售旧设备", 2, "人", False),
    ("我們更希望看到和平", 2, "於", True),
]


@pytest.mark.parametrize(("text", "hole", "other", "traditional"), CASES)
def test_context_across_words_picks_the_character_the_word_models_miss(
        text: str, hole: int, other: str, traditional: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose(text, hole, other, traditional) == text[hole]
    monkeypatch.setattr(lattice, "CONTEXT_WEIGHT", 0.0)
    assert choose(text, hole, other, traditional) == other
