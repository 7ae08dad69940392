"""A forty-eighth audit on mainland Chinese news pages from sources no audit had used, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh27/``) are pages saved whole inside other projects' source files, as string
literals a scraper's exercise or a parser's test runs on, found by their ``<title>`` endings in the code index (which
names neither file's repository), read in 16,000-character pieces and transcribed trimmed:

- a Python scraping exercise's ``text1111112='''…'''`` (48,000 characters; code index file 10469892914): a 2017 mobile
  page of a Shanghai news site (``m.thepaper.cn``, its ``翻书党`` books column), a weekly roundup of 25 lectures across
  six cities, the compiler's credit under the headline (``杨卓君/整理``), the time and ``来源：澎湃新闻`` under it, then
  the listing in one ``<div>`` of ``<br/>`` lines: each lecture a bold ``city│title`` heading, a ``时间：`` line of its
  day and hours, ``地点：``, ``嘉宾：`` or ``主讲人：`` and a blurb, most after a picture; a ``点击查看全文`` unfolding
  button, a line setting the editor's credit in a span before the site's notice and its tip line
  (``<span>责任编辑：顾明</span> 澎湃新闻，未经授权不得转载。新闻报料：4009-20-4009``), share and like buttons, a
  ``热门推荐`` list of ten stories and the footer (``thepaper-lectures-2017.html``: the scripts cut, the section menus
  to three to five items each, the category filter to four, the hot list to three stories; the listing whole);
- a Go parser's test (``var content=`…```, 9,900 characters; code index file 34508829316): a 2020 portal's story
  (``new.qq.com``, server-rendered: the comment, recommendation and side boxes are empty mounts its scripts fill), a
  fact-checking account's monthly list of rumours (``较真``, named only in the page's ``window.DATA``), the headline,
  two lead paragraphs, then three sections of three rumours each: a bold rumour, ``热度：`` and the ``正确解读：`` that
  corrects it, pictures between the sections (``qq-rumour-list-2020.html``: the scripts cut but the ``window.DATA``
  block holding the publication time; the page is otherwise whole).

None is in the dev set (by their sentences; the dev set holds other pages of both sites).
Other saved pages the search returned were code-embedded snippets, channel index pages or test stubs, not taken.

On the roundup, the first lecture's ``时间：9月8日（周五）19:00-21:00`` left the text as a meta line (its label is a
date label, and it stands at the body's start, where bylines and stamps are read), while the same line of every later
lecture stayed. A date label before a span of clock times gives an event's hours, where a publication stamp names one
instant (``fields/lines.py``, ``_CLOCK_SPAN_RE``): no date value, so the line stays the text's. The page had no author:
``杨卓君/整理`` (compiled by) sets the role after the name, as ``X/文`` does, and ``整理`` was no such role; who
compiles a roundup wrote the text it gives (the byline reader already strips ``整理`` after a name), so it credits the
author (``_ROLE_FIELDS``). The editor's span and the notice were one copyright notice (``责任编辑：顾明
澎湃新闻，未经授权不得转载。新闻报料：4009-20-4009``) and the page had no editor: an editor's credit opening a notice's
line before a space is the editor's (``lines.editor_before``, read in ``fields/evidence.py``, ``_take_field``), and an
outlet's tip line closing the notice after a stop or a space is no part of it (``evidence._without_tip_line``, by
``lines.is_tip_line``). 0 of 798 dev pages change with these. trafilatura and readability keep the listing too, each
label on a line apart from its value (``时间：`` / ``9月8日（周五）19:00-21:00``), credit no author and title the page
with the site's suffix. newsmend read the rumour list right: the headline, the time from the page's data, the two lead
paragraphs to the last correction, the pictures empty; no source (the account's name is in the script's data only) and
no notice, as the page shows none. trafilatura reads its text the same, readability too, titling it with the portal's
suffix."""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.fields.lines import LabelledValue, editor_before, labelled_values

THEPAPER = "unseen-zh27/thepaper-lectures-2017.html"
QQ = "unseen-zh27/qq-rumour-list-2020.html"

GUARDS = [
    # The compiler as author, the byline's time, the listing from the first lecture's heading to the last blurb,
    # each lecture's hours in place; the column's name, the unfolding button, the editor's line, the share and
    # like buttons, the hot list and the footer out.
    Guard(
        THEPAPER,
        "一周文化讲座｜书店与城市风格：书店对于城市有指标意义吗？",
        ["杨卓君"],
        "2017-09-08T10:30",
        "北京│从《劳燕》到《二十二》——战争与女性",
        "从崭新的角度为读者解读长沙的历史和文化。",
        ("翻书党", "整理", "点击查看全文", "责任编辑", "未经授权", "发表评论", "热门推荐", "火车上偶遇", "Copyright"),
    ),
    # Read right: the headline, the data's time, the lead first and the last correction last, the section
    # headings and each rumour's lines in order.
    Guard(
        QQ,
        "流感疫苗副作用大不能接种？腾讯新闻较真平台发布11月最全辟谣榜",
        None,
        "2020-11-30T21:48:28",
        "11月份腾讯新闻较真平台也依旧在全力终结谣言、播种知识。",
        "总的来说布洛芬是很安全的，在正常用法用量下使用没有问题。",
        ("_腾讯新闻", "article_id", "pubtime"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_fields_around_the_texts() -> None:
    """The sources, notices and paragraph counts the pages give, as read: the roundup's 25 lectures in 125 lines
    (the first has no guests' line), the rumour list's 2 lead paragraphs, 3 section headings and 27 rumour lines."""
    roundup = extract_page(THEPAPER)
    assert (roundup.source, roundup.captions, roundup.related) == ("澎湃新闻", [], [])
    assert len(roundup.paragraphs) == 125
    rumours = extract_page(QQ)
    assert (rumours.source, rumours.copyright, rumours.editor, rumours.captions) == (None, None, None, [])
    assert len(rumours.paragraphs) == 32
    assert rumours.paragraphs[2] == "11月社会国际类谣言TOP3"


def test_event_hours_stay_in_the_text() -> None:
    """The first lecture's ``时间：`` line stays under its heading as every later one does: a date label before a
    span of clock times labels no publication date, while a stamp's one instant still does."""
    paragraphs = extract_page(THEPAPER).paragraphs
    assert paragraphs[:3] == [
        "北京│从《劳燕》到《二十二》——战争与女性",
        "时间：9月8日（周五）19:00-21:00",
        "地点：朝阳区望京中环南路1号社科院研究生院D座2层单向空间",
    ]
    assert sum(p.startswith("时间：") for p in paragraphs) == 25
    assert labelled_values("时间：9月9日（周六）14:30-16:00") == []
    assert labelled_values("时间：2023-05-03 10:00") == [LabelledValue("date", "时间", "2023-05-03 10:00")]
    assert labelled_values("来源：新华社 时间：5月3日 9:00至11:30") == [LabelledValue("source", "来源", "新华社")]


def test_compiler_credit_names_the_author() -> None:
    """``X/整理`` sets the compiler's role after the name, as ``X/文`` does the writer's: X is the author. A
    placeholder compiler (``网络整理``, compiled from the web) names no one."""
    assert labelled_values("杨卓君/整理") == [LabelledValue("author", "整理", "杨卓君")]
    assert labelled_values("张三/整理 李四/图") == [LabelledValue("author", "整理", "张三")]
    assert labelled_values("网络整理") == []
    assert extract_page(THEPAPER).author == ["杨卓君"]


def test_editor_before_a_notice_is_the_editor() -> None:
    """The editor's credit opening the notice's line is the editor's, the notice what follows it, without the
    newsroom's tip line closing it; a line that is the credit alone is no notice's."""
    assert editor_before("责任编辑：顾明 澎湃新闻，未经授权不得转载。") == (
        LabelledValue("editor", "责任编辑", "顾明"),
        "澎湃新闻，未经授权不得转载。",
    )
    assert editor_before("责任编辑：顾明") is None
    assert editor_before("澎湃新闻，未经授权不得转载。") is None
    roundup = extract_page(THEPAPER)
    assert (roundup.editor, roundup.copyright) == ("顾明", "澎湃新闻，未经授权不得转载。")
