"""The punctuation fixer: full-width marks back in Chinese context, and nothing else touched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.support.mirror_damage import damage

from newsmend.repair import repair
from newsmend.repair.config import RepairConfig
from newsmend.repair.punctuation import fix

CASES = [
    ("据悉,该计划已得到确认。", "据悉，该计划已得到确认。"),
    ("他说:“我们会继续努力”;记者问,为什么?", "他说：“我们会继续努力”；记者问，为什么？"),
    ("时间:16:37,共有1,000人参加!", "时间：16:37，共有1,000人参加！"),
    ("据悉,美国国际贸易伙伴协会(ITPP)发布报告", "据悉，美国国际贸易伙伴协会（ITPP）发布报告"),
    ("他回答(笑)说,好", "他回答（笑）说，好"),
    ("“伙伴关系计划”(ITPP),深化合作", "“伙伴关系计划”（ITPP），深化合作"),
    ("“好”,他说", "“好”，他说"),
    ("Hello,世界", "Hello，世界"),
]

UNCHANGED = [
    "据悉，该计划已得到确认。（完）",  # already full-width
    "The ministry (MOFA) said exports rose 3.5%, beating forecasts: good news!",  # English
    "对(duì)、错(cuò)、好(hǎo)",  # teaching pinyin
    "访问 https://example.com/a?b=1,2 或写信至 news@example.com",  # URL, e-mail
    "(1) 第一条",  # list numbering at a line start
    "懷特認?，共同",  # a ? glued to punctuation is a lost character, not a question
    "該區域?雄安新區",  # ... and so is a ? between Han characters
    "autorka „Obyczajów polskich”(2008), „bandycki”,\n„Różyczka”, reż. Jan",  # quotes closing Latin text
]


@pytest.mark.parametrize(("before", "after"), CASES)
def test_ascii_punctuation_in_chinese_context_becomes_full_width(before: str, after: str) -> None:
    result = repair(before, mojibake=False, mirror=False, script="keep")
    assert result.text == after
    assert all(f.kind == "punctuation" and len(f.before) == 1 and len(f.after) == 1 for f in result.fixes)
    assert len(result.fixes) == sum(a != b for a, b in zip(before, after, strict=True))


@pytest.mark.parametrize("text", UNCHANGED)
def test_do_no_harm(text: str) -> None:
    assert fix(text, RepairConfig(), frozenset()).edits == []


def test_ratios_and_times_stay_ascii_but_the_clause_comma_does_not() -> None:
    assert repair("比分3:2,时间16:37", mojibake=False, mirror=False, script="keep").text == "比分3:2，时间16:37"


def test_habitual_ascii_marks_of_a_clean_page_stay() -> None:
    """Writers mix in ASCII marks by habit; only a page whose marks were flattened wholesale is converted."""
    page = "国内生产总值(GDP)增长5%，消费支出增加，投资回升，出口稳定，就业改善。"
    assert fix(page, RepairConfig(), frozenset()).edits == []
    table = "目录\n张三;李四\n王五;赵六"
    assert fix(table, RepairConfig(), frozenset()).edits == []
    assert fix(table, RepairConfig(), frozenset({"mirror-spam"})).edits  # a mirror flattens everything


MIRROR = frozenset({"mirror-spam"})

#: Context classes decided by how Chinese text writes them, once a document is known to be flattened, and what
#: stays ASCII in the same document.
FLATTENED_CASES = [
    ("增长3.5%,高于去年的2.1%;其中", "增长3.5%，高于去年的2.1%；其中"),  # after %
    ("说明:App:打开设置", "说明：App：打开设置"),  # : before Han after a Latin letter
    ("好了, 我们走吧", "好了， 我们走吧"),  # comma and a space between Han
    ("研究机构\n,2020年成立", "研究机构\n，2020年成立"),  # a comma that starts a line
    ("包括地区(\n甲县\n乙县\n)、丙县", "包括地区（\n甲县\n乙县\n）、丙县"),  # a pair split over lines
    ("价格50元()我买了", "价格50元（）我买了"),  # an empty pair after Chinese
    ("行不行?!快点", "行不行？！快点"),  # ?! ends the clause before Han
    ("期待大家的支持?,这对我们很重要", "期待大家的支持?，这对我们很重要"),  # an unknown character, then a comma
    ("真的吗??;下次再说", "真的吗??；下次再说"),  # ... only the marks after the ? change
    ("好(hǎo\u3000de):形容词", "好(hǎo\u3000de)：形容词"),  # teaching pinyin split by an ideographic space
    ("上午9:45,开会", "上午9:45，开会"),  # a time: 35 ASCII against 7 full-width
    ("共有1,000人", "共有1,000人"),  # a thousands separator
    ("访问https://example.com/a?b=1,2", "访问https://example.com/a?b=1,2"),  # a URL
    ("调用f()即可", "调用f()即可"),  # code: no Chinese right before the empty pair
    ("他说, Hello", "他说, Hello"),  # comma and a space before Latin
    ("规则第19号???财务信息", "规则第19号？？？财务信息"),  # a run of three is written, even before Han
    ("我的天!!!**", "我的天！！！**"),  # ... and before markup
    ("Wow!!! yes", "Wow!!! yes"),  # ... after Chinese only
]


@pytest.mark.parametrize(("before", "after"), FLATTENED_CASES)
def test_flattened_document_context_classes(before: str, after: str) -> None:
    assert _fixed_as_mirror(before) == after


def _fixed_as_mirror(text: str) -> str:
    """The fixer's edits applied to ``text`` of a known mirror (one character each: widths only)."""
    out = list(text)
    for e in fix(text, RepairConfig(), MIRROR).edits:
        out[e.start] = e.after
    return "".join(out)


def test_flattened_classes_need_a_flattened_document() -> None:
    """Clean text with habitual ASCII marks keeps them: the classes above are no evidence of flattening."""
    page = "增长3.5%,高于去年。说明：App:打开设置，好了, 我们走吧，价格50元()，支持?,这。"
    assert fix(page, RepairConfig(), frozenset()).edits == []


def test_a_comma_after_an_emoji_of_a_mirrored_sentence() -> None:
    """An emoji GBK cannot encode reaches the mirror's text as ``?``, glued to the flattened comma after it."""
    text = "期待大家的支持\U0001f436，这对我们的发展很重要。"
    damaged = damage(text, seed=1, share=1.0)
    assert "?," in damaged
    assert repair(damaged).text == text.replace("\U0001f436", "?")


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("pattern", [r"因为苹果公司[^<]*！！！<br>[^&<]*", r"<strong>[^<]*！！！</strong>"])
def test_a_run_of_marks_in_a_mirrored_comment_comes_back_full_width(pattern: str) -> None:
    """Readers' comments of a real page (guancha-3) end in ``！！！`` before a tag; mirrored, the run is flattened
    to ``!!!`` with markup after it, which no clause-end rule reads as Chinese: a run of three is written."""
    html = (FIXTURES / "pages" / "zh-unlabelled" / "guancha-3.html").read_text("utf-8")
    found = re.search(pattern, html)
    assert found
    text = found.group()
    for seed in range(4):
        damaged = damage(text, seed=seed, share=1.0)
        assert "!!!<" in damaged
        assert repair(damaged).text == text
#: Clean Chinese texts (simplified and traditional prose, a page with times and a URL among its lines).
CLEAN_TEXTS = ["mirror_clean.txt", "text/clean_article_zh.txt", "mojibake/clean_hans.txt", "mojibake/clean_hant.txt"]
FLATTEN = str.maketrans("，：？（）！；", ",:?()!;")


@pytest.mark.parametrize("name", CLEAN_TEXTS)
def test_a_flattened_clean_text_comes_back(name: str) -> None:
    """Metamorphic: flatten the marks as a mirror does, and the fixer gives the text back, with the ASCII marks
    it held from the start still ASCII -- whether it is told (the mirror flag) or finds out (most marks ASCII)."""
    text = (FIXTURES / name).read_text("utf-8")
    flat = text.translate(FLATTEN)
    assert flat != text
    assert repair(flat, mojibake=False, mirror=False, script="keep").text == text
    assert _fixed_as_mirror(flat) == text
    assert fix(text, RepairConfig(), frozenset()).edits == []


def test_keep_switches_it_off() -> None:
    assert repair("据悉,该计划", punctuation="keep", mojibake=False, mirror=False, script="keep").text == "据悉,该计划"


def test_adversarial_inputs_finish() -> None:
    for text in ("(" * 100_000, "中" + "?" * 100_000, "中(" + "a" * 100_000 + ")", "中," * 50_000,
                 "中(" + " " * 100_000 + ")", "中\n," * 50_000, "%," * 50_000):
        for flags in (frozenset(), MIRROR):
            fix(text, RepairConfig(), flags)
