"""The mojibake fixer on real damage: the wrong decodings browsers and scripts make, built here from clean text."""

from __future__ import annotations

import difflib
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmend.repair import apply_fixes, repair
from newsmend.repair.config import RepairConfig
from newsmend.repair.gbk import decode_pairs
from newsmend.repair.mojibake import fix
from newsmend.repair.mojibake.choice import _clause_length, _lone_dash, _settle, _unpartnered, unwritable
from newsmend.repair.mojibake.reencode import Hypothesis, reencode
from newsmend.repair.mojibake.stretches import Slot, find_stretches
from newsmend.repair.mojibake.verdict import MIN_GAIN, may_pass, stretch_ranges
from newsmend.repair.plausibility import own_script_bounds, own_script_score

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mojibake"
HANS = (FIXTURES / "clean_hans.txt").read_text("utf-8")
HANT = (FIXTURES / "clean_hant.txt").read_text("utf-8")
OTHER = (FIXTURES / "mixed_script.txt").read_text("utf-8")
#: Bytes 0x80-0x9F as browsers show Windows-1252 (the five unassigned bytes stay C1 controls).
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def cp1252_browser(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252)


def cer(out: str, truth: str) -> float:
    """Share of truth characters not matched in order (an edit-distance proxy)."""
    matched = sum(b.size for b in difflib.SequenceMatcher(None, truth, out, autojunk=False).get_matching_blocks())
    return 1 - matched / max(len(truth), 1) + max(0, len(out) - matched) / max(len(truth), 1)


def only_mojibake(text: str):  # type: ignore[no-untyped-def]
    return repair(text, mirror=False, script="keep", punctuation="keep")


LOSSLESS = {
    "utf8-as-latin1": lambda t: t.encode("utf-8").decode("latin-1"),
    "utf8-as-cp1252": lambda t: cp1252_browser(t.encode("utf-8")),
    "gbk-as-latin1": lambda t: t.encode("gbk").decode("latin-1"),
    "gbk-as-cp1252": lambda t: cp1252_browser(t.encode("gbk")),
}


@pytest.mark.parametrize("kind", sorted(LOSSLESS))
@pytest.mark.parametrize("text", [HANS, HANT], ids=["hans", "hant"])
def test_lossless_mojibake_is_restored_exactly(kind: str, text: str) -> None:
    damaged = LOSSLESS[kind](text)
    result = only_mojibake(damaged)
    assert result.text == text
    # Latin-1 and cp1252 readings differ only where bytes 0x80-0x9F occur; then the flag names cp1252.
    family = kind.split("-")[0]
    assert "mojibake" in result.flags
    assert any(f.startswith(f"mojibake:{family}-as-") for f in result.flags)
    assert {f.kind for f in result.fixes} == {"mojibake"}


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_utf8_read_as_gbk_fills_the_lost_bytes(codec: str) -> None:
    damaged = HANS.encode("utf-8").decode(codec, "replace")
    assert "\ufffd" in damaged  # lossy: the decoder dropped bytes
    result = only_mojibake(damaged)
    assert cer(result.text, HANS) <= 0.02
    assert "mojibake:utf8-as-gbk" in result.flags or "mojibake:utf8-as-gb18030" in result.flags


def test_big5_read_as_gbk_gives_the_traditional_text() -> None:
    big5 = opencc.OpenCC("s2t").convert(HANS).encode("big5", "replace")
    truth, damaged = big5.decode("big5"), big5.decode("gbk", "replace")
    result = only_mojibake(damaged)
    assert cer(result.text, truth) <= 0.05
    assert "mojibake:big5-as-gbk" in result.flags


@pytest.mark.parametrize("text", [HANS, HANT, OTHER], ids=["hans", "hant", "other-scripts"])
def test_clean_text_is_never_touched(text: str) -> None:
    result = only_mojibake(text)
    assert result.text == text
    assert not result.fixes


def test_only_the_damaged_run_of_a_mixed_page_changes() -> None:
    line = "会议研究部署了进一步促进消费的政策措施"
    page = f"据新华社报道，{line.encode('utf-8').decode('gbk', 'replace')}。记者了解到，多地已经出台配套措施。"
    result = only_mojibake(page)
    assert result.text == f"据新华社报道，{line}。记者了解到，多地已经出台配套措施。"
    [only] = result.fixes
    assert only.kind == "mojibake" and only.before in page and only.after == line


def test_double_round_trip_is_undone() -> None:
    once = cp1252_browser("经济持续恢复向好".encode())
    twice = cp1252_browser(once.encode("utf-8"))
    assert only_mojibake(twice).text == "经济持续恢复向好"


def test_lost_text_is_flagged_not_invented() -> None:
    standalone = "原文在这里显示为锟斤拷锟斤拷，无法恢复。"
    result = only_mojibake(standalone)
    assert result.text == standalone and "lost-text" in result.flags

    damaged = ("数据丢失" + "\ufffd\ufffd" + "以后的内容").encode("utf-8").decode("gbk", "replace")
    result = only_mojibake(damaged)
    assert result.text == "数据丢失\ufffd\ufffd以后的内容"
    assert {"lost-text", "mojibake"} <= result.flags


def test_edits_replay_and_carry_confidence() -> None:
    damaged = HANS.encode("utf-8").decode("gbk", "replace")
    result = only_mojibake(damaged)
    assert apply_fixes(damaged, result.fixes) == result.text
    assert all(0 < f.confidence <= 1 for f in result.fixes)
    exact = only_mojibake(LOSSLESS["gbk-as-latin1"](HANS))
    assert min(f.confidence for f in exact.fixes) > min(f.confidence for f in result.fixes)


def test_fixer_returns_nothing_for_clean_text() -> None:
    found = fix(HANS, RepairConfig(), frozenset())
    assert found.edits == [] and found.flags == frozenset()


def test_switched_off() -> None:
    damaged = LOSSLESS["utf8-as-latin1"](HANS)
    assert repair(damaged, mojibake=False, mirror=False, script="keep", punctuation="keep").text == damaged


def test_a_mojibake_sign_in_english_is_read_as_utf8() -> None:
    damaged = "Sayun´s Request, 25 °C".encode().decode("latin-1")
    result = only_mojibake(damaged)
    assert result.text == "Sayun´s Request, 25 °C"
    assert "mojibake:utf8-as-latin1" in result.flags


def test_korean_utf8_read_as_gbk_opens_a_window_though_its_marks_are_traditional_characters() -> None:
    """Hangul's UTF-8 leads make characters common in traditional Chinese (於, 電, 陽): sparse ones in genuine text
    open no window, a Korean line's dense ones do."""
    damaged = "가격은 만원입니다".encode().decode("gbk", "replace")
    result = only_mojibake(damaged)
    assert result.text == "가격은 만원입니다"
    assert "mojibake:utf8-as-gbk" in result.flags
    assert not only_mojibake("電話號碼於陽明山").changed


def test_gbk_mojibake_right_after_a_latin_word() -> None:
    assert only_mojibake("ge-concern服务".encode("gbk").decode("latin-1")).text == "ge-concern服务"


def test_a_big5_character_lost_whole_is_guessed_from_its_neighbours() -> None:
    # 長 (AA F8) and ， (A1 41) read as GBK: three bytes in a row give up; GBK's gaps and the comma's ASCII trail
    # leave 長 to the language model.
    truth = "他是船長，我們都知道。"
    damaged = truth.encode("big5").decode("gbk", "replace")
    assert damaged.count("\ufffd") >= 3
    assert only_mojibake(damaged).text == truth


def test_long_runs_of_replacement_characters_stay_lost() -> None:
    damaged = "新闻" + "\ufffd" * 40 + "内容"
    assert only_mojibake(damaged).text == damaged


def test_a_lone_word_between_ascii_is_repaired_once_the_text_shows_the_mojibake() -> None:
    # 找到 read as GBK makes one mark (鎵惧埌): alone it opens no window, in a text already repaired it does.
    word = "找到".encode().decode("gbk", "replace")
    assert only_mojibake(f"Copy {word} Missing").text == f"Copy {word} Missing"
    far = "npm install --save-dev depcheck\n" * 2  # beyond the window of the marks above
    damaged = f"{HANS.encode('utf-8').decode('gbk', 'replace')}\n{far}Copy {word} Missing"
    assert only_mojibake(damaged).text.endswith("\nCopy 找到 Missing")


def test_a_utf8_hole_that_may_hold_a_closing_mark_does_not_open_one() -> None:
    # 。 before digits loses its last byte, and so does the one before the line break; each hole may be any mark of
    # E3 80 xx, 「 and 」 among them, but UTF-8 decodes most marks intact: only a 」 the bytes show credits a 「.
    truth = "雄县改属保定专区。1958年划归天津。\n次年复归保定。"
    assert only_mojibake(truth.encode().decode("gbk", "replace")).text == truth


def test_a_short_line_of_big5_read_as_gbk_is_repaired() -> None:
    truth = "商標的資料\n商標審查標準.pdf 10.12MB"
    damaged = truth.encode("big5").decode("gbk", "replace")
    assert only_mojibake(damaged).text == truth


def test_a_text_known_to_hold_big5_mojibake_needs_no_gain_per_character() -> None:
    # Short lines of common Big5 characters that GBK reads as other common characters gain little per character;
    # once a first round has repaired Big5 mojibake in the same text, the overall gain is enough.
    truth = ("解決新項目npm依賴報錯\n前言\n#\n每次打開別人新的項目都要 npm 依賴都會各種報錯很煩\n解決\n#\n"
             "安裝 depcheck\nnpm i\n-\ng depcheck\nCopy\n檢查依賴\ndepcheck\nCopy\n"
             "找到 Missing dependencies 缺失依賴\n安裝缺失依賴\nnpm i aaa.js  bbb.js\n本作品採用\n《CC 協議》\n"
             "，轉載必須註明作者和本文鏈接")
    damaged = truth.encode("big5").decode("gbk", "replace")
    result = only_mojibake(damaged)
    assert cer(result.text, truth) <= 0.1
    assert "\n找到 Missing dependencies 缺失依賴\n安裝缺失依賴\n" in result.text


@pytest.mark.parametrize("truth", ["原文：【图】\n说明文字", "会议在北京召开。【纠错】\n【责任编辑：李明】"])
def test_a_hidden_closing_mark_closes_the_open_one_even_before_a_line_break(truth: str) -> None:
    # 】 and 。 (E3 80 91 / E3 80 82) lose the same last byte before the line break, where 。 is far more common.
    assert only_mojibake(truth.encode().decode("gbk", "replace")).text == truth


def test_an_icon_of_a_web_font_does_not_keep_a_page_of_utf8_mojibake() -> None:
    # Scraped pages keep the private-use characters of icon fonts; valid UTF-8 decodes to them only where the page
    # wrote one, so the re-decoding is not junk (which icon it was, its lost last byte no longer says).
    truth = "\ue621 " + HANS
    result = only_mojibake(truth.encode("utf-8").decode("gbk", "replace"))
    assert "\ue000" <= result.text[0] <= "\uf8ff" and cer(result.text[1:], HANS) <= 0.02


def test_a_clause_mark_after_one_character_of_its_clause_is_unlikely_and_after_many_likely() -> None:
    long_clause = list("我們今天在北京召開了一次很長的會議")
    assert _clause_length(list("他說，好"), 4, "，") < 0 < _clause_length(long_clause, len(long_clause), "，")
    assert _clause_length(list("他說，好"), 4, "人") == 0.0


def test_confident_groups_are_settled_and_unsure_ones_stay_open() -> None:
    slots: list[Slot] = [("我",), ("們", "門"), ("的",), ("人", "以"), ("了",)]
    fixed, sure = _settle(slots, ["我", "們", "的", "以", "了"], [0.99, 0.6])
    assert fixed == [("我",), ("們",), ("的",), ("人", "以"), ("了",)] and sure == [0.99]


@pytest.mark.parametrize("simplified", ["我还以为是我网络的问题。", "我们认为这个方案可以作为参考。"])
def test_a_placeholder_for_a_form_big5_lacks_is_read_as_that_form(simplified: str) -> None:
    # OpenCC writes 为 as 爲, which Big5 lacks: its encoder wrote ``?``. Read as 爲, it tells 以 (A5 48) from 人
    # (A4 48) and 作 (A7 40) from 一 (A4 40), whose lead bytes GBK lost (以爲, 作爲 are words); the ``?`` stays.
    big5 = opencc.OpenCC("s2t").convert(simplified).encode("big5", "replace")
    assert only_mojibake(big5.decode("gbk", "replace")).text == big5.decode("big5")
    assert unwritable("big5")[0] == "爲" and unwritable("utf-8") == ()


def test_a_text_holding_placeholders_for_big5_s_missing_forms_does_not_write_big5_s_own() -> None:
    # 城 (AB B0) and 為 (AC B0) read as GBK both lose the lead byte; a text whose ``?`` stand for OpenCC's 爲 (four
    # here) spells 为 so everywhere, and 容為 gives way to the county of 容城.
    simplified = "容城县位于河北省中部，容城以东为雄县，以农业为主，城区面积约为二十平方公里。"
    big5 = opencc.OpenCC("s2t").convert(simplified).encode("big5", "replace")
    repaired = only_mojibake(big5.decode("gbk", "replace")).text
    assert repaired.count("容城") == 2 and "為" not in repaired


@pytest.mark.parametrize("truth", ["這條河的污染也十分嚴重，居民只能搬走。", "他說：「我們也會來。」"])
def test_a_hole_takes_an_opening_mark_only_with_its_partner_on_the_line(truth: str) -> None:
    # Big5 也 (A4 5D) and （ (A1 5D) read as GBK both leave the lead byte lost and ``]``: the bigram, deciding left
    # to right, took （ for the ） that may follow; with nothing closing it on its line, 也 comes back. A quotation
    # the bytes close keeps its opening mark.
    damaged = truth.encode("big5").decode("gbk", "replace")
    assert only_mojibake(damaged).text == truth


def test_a_question_mark_never_follows_a_clause_mark() -> None:
    # Big5 以 (A5 48) and ？ (A1 48) read as GBK both lose the lead byte and leave ``H``; after the comma only 以 fits.
    truth = "這件事，以我的看法不難。"
    assert only_mojibake(truth.encode("big5").decode("gbk", "replace")).text == truth


@pytest.mark.parametrize("truth", ["科技創新跑出加速度。", "她跑出帳篷，帶走一隻火炬。", "價格在2元—10元之間。"])
def test_a_dash_stands_alone_only_before_the_second_number_of_a_range(truth: str) -> None:
    # Big5 出 (A5 58) and — (A1 58) read as GBK both leave the lead byte lost and ``X``.
    assert only_mojibake(truth.encode("big5").decode("gbk", "replace")).text == truth


def test_a_lone_dash_pays_unless_it_is_doubled_or_opens_a_number() -> None:
    chosen = list("跑—加速")
    assert _lone_dash([[ch] for ch in chosen], chosen, 1, "—") < 0
    assert _lone_dash([["跑"], ["—"], ["—", "出"], ["加"]], chosen, 1, "—") == 0.0  # may be the first of ——
    assert _lone_dash([["元"], ["—"], ["1"], ["0"]], list("元—10"), 1, "—") == 0.0  # a range: 2元—10元
    assert _lone_dash([[ch] for ch in chosen], chosen, 1, "出") == 0.0


def test_a_lost_closing_mark_is_found_for_an_opening_one_in_big5() -> None:
    # Big5 】 (A1 6A) and 大 (A4 6A) read as GBK leave the same ``j``: 大 read for 】 left 【 alone on its line,
    # and taking 【 out (可, A5 69) lost both marks; the nearest hole that may hold 】 is decided with it.
    truth = "本文轉自網絡。\n【糾錯】\n【責任編輯：張華】\n"
    lines = only_mojibake(truth.encode("big5").decode("gbk", "replace")).text.split("\n")
    assert lines[1].startswith("【") and lines[1].endswith("】")  # 糾 (AA C8) is lost whole, 錯 (BF F9) half
    assert lines[2] == "【責任編輯：張華】"


def test_only_opening_marks_in_holes_without_a_closing_partner_on_their_line_are_unpartnered() -> None:
    chosen = list("（甲）乙（丙\n（丁")
    slots = [[ch, "也"] if ch == "（" else [ch] for ch in chosen]
    assert _unpartnered(slots, chosen, runs_on=False) == {4, 7}
    assert _unpartnered(slots, chosen, runs_on=True) == {4}  # the last line may close after the stretch
    assert _unpartnered([[ch] for ch in chosen], chosen, runs_on=False) == set()  # marks the bytes show stay


def test_no_reading_that_cannot_beat_the_verdict_is_decided() -> None:
    big5 = Hypothesis("gbk", "big5")
    assert not may_pass("abc", [["a"], ["b"], ["c"]], big5)  # no mark of the family
    damaged = "我們的文化".encode("big5").decode("gbk", "replace")
    assert may_pass(damaged, [["我"], ["們"], ["的", "法"], ["文"], ["化"]], big5)
    assert not may_pass(damaged, [["夊"], ["夊"], ["夊"], ["夊"], ["夊"], ["夊"]], big5)  # rare characters only


#: The lossy wrong decodings of the fixtures, as the hypotheses :func:`stretch_ranges` bounds meet them.
_LOSSY = {
    "utf8-as-gbk": [t.encode("utf-8").decode("gbk", "replace") for t in (HANS, HANT)],
    "utf8-as-gb18030": [t.encode("utf-8").decode("gb18030", "replace") for t in (HANS, HANT)],
    "big5-as-gbk": [HANT.encode("big5", "replace").decode("gbk", "replace")],
    "gbk-as-gb2312": [HANT.encode("gbk", "replace").decode("gb2312", "replace")],
}


def _spans(text: str, step: int = 7, size: int = 50) -> list[str]:
    return [text[start:start + size] for start in range(0, len(text), step)]


@pytest.mark.parametrize("hyp", [Hypothesis("gbk", "big5"), Hypothesis("gb2312", "gbk")])
def test_the_runs_the_bound_rules_out_hold_no_stretch_that_may_pass(hyp: Hypothesis) -> None:
    for span in (span for texts in _LOSSY.values() for text in texts for span in _spans(text)):
        enc = reencode(span, hyp)
        ranges = stretch_ranges(span, enc, hyp)
        assert ranges is not None
        hopeful, hopeless = ranges
        ruled_out = list(find_stretches(enc, hyp, hopeless))
        assert not any(may_pass(span[i:j], slots, hyp) for i, j, slots, _ in ruled_out)
        # The runs split the span where every walk stops: walked apart, they give the stretches of one walk.
        assert sorted([*find_stretches(enc, hyp, hopeful), *ruled_out]) == list(find_stretches(enc, hyp))


def test_the_bound_spares_big5_walks_in_utf8_mojibake_only() -> None:
    big5 = Hypothesis("gbk", "big5")

    def hopeful(span: str) -> list[tuple[int, int]]:
        ranges = stretch_ranges(span, reencode(span, big5), big5)
        assert ranges is not None
        return ranges[0]

    assert not hopeful("我们的文化".encode().decode("gbk", "replace"))
    assert hopeful("我們的文化".encode("big5").decode("gbk", "replace"))
    spans = [span for text in _LOSSY["utf8-as-gbk"] for span in _spans(text)]
    assert sum(not hopeful(span) for span in spans) > 0.8 * len(spans)


#: Characters of every kind :func:`own_script_score` treats apart: ASCII, Latin-1 letters and signs, the no-break
#: and soft hyphen, combining marks, Greek, Cyrillic, kana, Hangul, hanzi, Chinese punctuation, junk.
_SCRIPT_MIX = "ab Z1,.\nÄãºÃ£¬ÊÀ½çßéü\u00a0\u00ad\u0301\u0308αβΩжЯのカ한글的参涓，。“”\x85\ue000\ufffdªµ"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SCRIPT_MIX), max_size=40))
def test_own_script_bounds_hold_the_exact_score(text: str) -> None:
    floor, ceiling = own_script_bounds(text)
    assert floor - 1e-6 <= own_script_score(text) <= ceiling + 1e-6


@pytest.mark.parametrize("kind", ["gbk-as-latin1", "gbk-as-cp1252"])
def test_the_bounds_decide_a_page_of_latin1_mojibake_without_the_exact_score(kind: str) -> None:
    damaged = LOSSLESS[kind](HANS)
    assert own_script_bounds(HANS)[0] - own_script_bounds(damaged)[1] >= MIN_GAIN
    assert own_script_score(HANS) - own_script_score(damaged) >= MIN_GAIN  # what the bounds stand for
    assert only_mojibake(damaged).text == HANS


def test_the_bounds_decide_utf8_read_as_gbk_without_the_exact_score() -> None:
    damaged = HANS.encode().decode("gbk", "replace").replace("\ufffd", "")  # lost text is left out of the verdict
    assert own_script_bounds(HANS)[0] - own_script_bounds(damaged)[1] >= MIN_GAIN
    assert own_script_score(HANS) - own_script_score(damaged) >= MIN_GAIN  # what the bounds stand for


def gbk_as_gb2312(text: str) -> str:
    """What Python's ``gb2312`` codec (a page's ``charset=gb2312``, believed) makes of GBK bytes."""
    return text.encode("gbk").decode("gb2312", "replace")


def test_gbk_read_as_gb2312_is_read_back_in_phase() -> None:
    # 喆 (86 B4) has a lead GB2312 rejects: the decoder writes U+FFFD and reads on one byte out of phase until a pair
    # fails again; 镕 (E9 46) has an ASCII trail, read as "F".
    damaged = gbk_as_gb2312("（记者宋晨、田中全、胡喆、侯文坤）\n会议由朱镕基主持。")
    assert damaged == "（记者宋晨、田中全、胡\ufffd础⒑钗睦ぃ\ufffd\n会议由朱\ufffdF基主持。"
    result = only_mojibake(damaged)
    assert result.text.startswith("（记者宋晨、田中全、胡")
    assert result.text.endswith("、侯文坤）\n会议由朱镕基主持。")  # the name's rare 喆 is the model's guess
    assert "mojibake:gbk-as-gb2312" in result.flags
    assert apply_fixes(damaged, result.fixes) == result.text


def test_gbk_read_as_gb2312_maps_the_pairs_the_codecs_read_differently() -> None:
    # Once the text is known to be GBK read as GB2312, its ― and ・ are GBK's — and · (A1AA, A1A4), everywhere.
    truth = "会议由朱镕基主持，他說明了情况。" + "他说——这是约翰·史密斯的作品。" * 3
    result = only_mojibake(gbk_as_gb2312(truth))
    assert result.text == truth
    # Without a lost byte nothing says the text was misread: Python's gb2312 reads a GB2312 page so, too.
    assert not only_mojibake(gbk_as_gb2312("他说——这是约翰·史密斯的作品。")).changed


def test_a_range_keeps_its_wave_dash_read_back_from_gbk() -> None:
    # ～ (EF BD 9E) read as GBK loses its last byte; ｛ ｜ ｝ ｡ and the half-width kana share the first two.
    truth = "营业时间为每天9:00～17:00，节假日照常开放。"
    for wrong in ("gbk", "gb18030"):
        assert only_mojibake(truth.encode().decode(wrong, "replace")).text == truth


@pytest.mark.parametrize("truth", ["会议于二〇二〇年十月在北京召开，朱镕基等来自各地的代表参加了会议。",
                                   "二〇一九年的统计数据显示，增长率为百分之五，朱镕基说。"])
def test_gbk_read_as_gb2312_gives_back_the_zero_of_a_year_in_numerals(truth: str) -> None:
    # 〇 (A9 96) is GBK's, lost whole as two U+FFFD; 镕's ASCII trail shows the misreading (二級二級年 before).
    result = only_mojibake(gbk_as_gb2312(truth))
    assert result.text == truth


@pytest.mark.parametrize("truth", ["朱镕基在二〇〇八年说过，会议由他主持。", "朱镕基说过，一〇八个人参加了会议。"])
def test_gbk_read_as_gb2312_gives_back_zeros_in_a_row_and_between_numerals(truth: str) -> None:
    # Two 〇 lost in a row: the first's hole is followed by a hole, so more characters fit it and 〇, ranked as a
    # symbol, fell out of its options (二戰爭八年); 一〇八 lost to 一個八 where the text reads as traditional.
    assert only_mojibake(gbk_as_gb2312(truth)).text == truth

def test_a_gb2312_misreading_is_read_back_where_it_shows_at_two_places() -> None:
    # 個 (82 80): both bytes rejected, two U+FFFD and nothing else, as another decoder's U+FFFD would look.
    assert only_mojibake(gbk_as_gb2312("那是一個好地方。")).text == "那是一\ufffd\ufffd好地方。"
    # 說 (D5 66) has an ASCII trail, read as "f": a second place, and more than U+FFFD; both are read back.
    truth = "他們說那是一個好地方。"
    assert gbk_as_gb2312(truth) == "他\ufffd\ufffd\ufffdf那是一\ufffd\ufffd好地方。"
    assert only_mojibake(gbk_as_gb2312(truth)).text == truth


def test_traditional_text_read_as_gb2312_comes_back_mostly() -> None:
    # Most traditional characters are GBK's additions: GB2312 loses them, and the out-of-phase runs between.
    damaged = gbk_as_gb2312(HANT)
    assert cer(damaged, HANT) > 1
    result = only_mojibake(damaged)
    assert cer(result.text, HANT) <= 0.25
    assert "mojibake:gbk-as-gb2312" in result.flags


@pytest.mark.parametrize("text", [
    "caf\ufffd au lait, d\ufffdj\ufffd vu",  # Latin text: more ASCII words than hanzi
    "他說\ufffdF基",  # 說 is none of GB2312's: another decoder wrote this text
    "价格\ufffd上涨了百分之五，创下新高。",  # read out of phase, clean text turns to junk
    "他用ChatG\ufffdPT写了这篇文章。",  # a byte lost inside an English word, not a GBK character's trail
    "先安装\ufffdcompose插件。",
    # Only whole characters lost, nothing else of GB2312's signatures: U+FFFD another decoder wrote (``锟斤拷`` read
    # back, a lenient UTF-8 decode), not filled with GBK's characters.
    "我们在这里讨论\ufffd\ufffd的问题，这是一个很长的句子，包含很多中文字符。",
    "原文\ufffd\ufffd\ufffd\ufffd无法恢复",
    # One lost byte before a letter, nowhere else: as likely a stray U+FFFD as 镕 read so (``朱\ufffdF基``).
    "会议由朱\ufffdF基主持。",
    "解决新项目n\ufffdpm依赖报错",
])
def test_a_stray_replacement_character_is_no_gb2312_misreading(text: str) -> None:
    assert only_mojibake(text).text == text


def _strict_pairs(codec: str, leads: range, trails: range) -> dict[int, str]:
    """What :func:`decode_pairs` must give: a strict decoding of each pair alone."""
    found = {}
    for lead in leads:
        for trail in trails:
            try:
                found[lead << 8 | trail] = bytes((lead, trail)).decode(codec)
            except UnicodeDecodeError:
                continue
    return found


@pytest.mark.parametrize(("codec", "leads", "trails"), [
    ("gbk", range(0x81, 0xFF), range(0x40, 0xFF)),  # the pair table of the mirror repair
    ("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF)),
    ("big5", range(0x81, 0xFF), range(0x40, 0xFF)),
    ("gb18030", range(0xE2, 0xF0), range(0x80, 0xC0)),  # UTF-8 leads read as GB18030
    ("gb18030", range(0x81, 0xFF), range(0x01, 0xFF)),  # trails 0x30-0x39 open four-byte sequences
    ("utf-8", range(0xC2, 0xF0), range(0x01, 0xFF)),
])
def test_pairs_decoded_together_read_as_each_pair_decoded_alone(codec: str, leads: range, trails: range) -> None:
    assert decode_pairs(codec, leads, trails) == _strict_pairs(codec, leads, trails)
