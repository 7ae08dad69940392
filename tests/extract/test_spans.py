"""Inline element edges: the body keeps its text glued as the browser shows it, field readers see where one inline
element's text ends and the next begins (``<span>来源：X</span><span>作者：Y</span>``).

The pages are real pages: the unlabelled Chinese pages the field tests read (``tests/fixtures/pages/zh-unlabelled``)
and trimmed copies of three more (``tests/fixtures/pages/spans``: the head's title and metadata and the elements
around the article, the rest of the markup removed).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import newsmend
from newsmend.blocks import Block
from newsmend.fields.lines import LabelledValue, labelled_values
from newsmend.fields.people import split_names
from newsmend.html import parse_html
from newsmend.html.parse import BREAKS_MAX_CHARS

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "spans"
ZH_PAGES = PAGES.parent / "zh-unlabelled"


def _extract(name: str, folder: Path = ZH_PAGES) -> newsmend.Article:
    return newsmend.extract((folder / f"{name}.html").read_bytes())


def _only_block(html: str) -> Block:
    blocks = parse_html(html).blocks
    assert len(blocks) == 1
    return blocks[0]


def test_glued_inline_elements_keep_their_text_and_record_the_edge() -> None:
    block = _only_block("<div><span>2024-05-13 10:56:28</span><span>证券时报网</span></div>")
    assert block.text == "2024-05-13 10:56:28证券时报网"
    assert block.breaks == (19,)
    assert block.field_text == "2024-05-13 10:56:28 证券时报网"


def test_edges_with_space_between_or_inside_a_word_hint_are_no_breaks() -> None:
    spaced = _only_block("<p><span>来源：新华社</span> <span>作者：张三</span></p>")
    assert spaced.breaks == ()
    assert spaced.field_text == spaced.text == "来源：新华社 作者：张三"
    hinted = _only_block("<p>supercali<wbr>fragilistic</p>")
    assert hinted.breaks == ()
    nested = _only_block("<p>a <b>b</b>c<i></i>d<span> e</span><span>f </span>g</p>")
    assert nested.text == "a bcd ef g"
    assert nested.field_text == "a b c d e f g"


def test_long_blocks_record_no_breaks() -> None:
    sentence = "<b>某某</b>表示，" * (BREAKS_MAX_CHARS // 4)
    block = _only_block(f"<p>{sentence}</p>")
    assert len(block.text) > BREAKS_MAX_CHARS
    assert block.breaks == ()


_PIECES = st.sampled_from(
    ["a", "中", "文", " ", "\n", "\u3000", "&nbsp;", "<span>", "</span>", "<b>", "</b>", "<a href='/x'>", "</a>",
     "<br>", "<p>", "</p>", "<wbr>", "<img src='x'>", "<i></i>"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30))
def test_field_text_is_the_text_with_spaces_at_glued_edges(pieces: list[str]) -> None:
    for block in parse_html("".join(pieces)).blocks:
        assert block.field_text.replace(" ", "") == block.text.replace(" ", "")
        assert list(block.breaks) == sorted(set(block.breaks))
        assert all(0 < k < len(block.text) for k in block.breaks)
        assert all(not block.text[k - 1].isspace() and not block.text[k].isspace() for k in block.breaks)


def test_breaks_follow_the_text_through_repair() -> None:
    """Repair rewrites ``text`` after parsing: a substitution keeps the offsets, an insertion moves those after it,
    and a break inside a rewritten stretch is lost rather than misplaced."""
    block = _only_block("<div><span>来源：新华社</span><span>作者：张三</span></div>")
    block.text = "来源:新华社作者:张三"
    assert block.field_text == "来源:新华社 作者:张三"
    block.text = "来源：新华通讯社作者：张三"
    assert block.field_text == "来源：新华通讯社 作者：张三"
    block.text = "来源：新华社X作者：张三"
    assert block.field_text == "来源：新华社X作者：张三"


def test_body_keeps_glued_inline_text() -> None:
    """A paragraph's linked words (``目前<a>京津冀</a>交通``) stay glued: Chinese text invents no spaces."""
    article = _extract("hexun-1")
    assert article.paragraphs[0].startswith("据财联社9月26日消息")
    assert "目前京津冀交通一体化" in article.paragraphs[0]


def test_byline_label_in_its_own_element_credits_the_author() -> None:
    """``<span>By</span><span><a>J.R. Stone</a></span>``: glued, the label was the name's first letters
    (``ByJ.R. Stone``); the element's edge makes it ``By J.R. Stone``. The page's metadata is trimmed away."""
    assert _extract("abc7news-byline", PAGES).author == ["J.R. Stone"]


def test_meta_strip_with_labels_in_their_own_elements() -> None:
    """A strip's label and value as two elements read ``来源 CSDN`` at their edge: still a labelled value."""
    line = "发表于 2014-08-24 21:30 | 1164次阅读 | 来源 CSDN | 0 条评论 | 作者 魏星"
    assert labelled_values(line) == [LabelledValue("source", "来源", "CSDN"), LabelledValue("author", "作者", "魏星")]


def test_outlet_after_the_time_under_the_headline_is_the_source() -> None:
    """``<span>2019-09-26 10:56:28</span> <a>证券时报网</a>`` under the headline: the date's match took the space
    after the time (where a zone may stand), so the outlet read as glued to it and was dropped."""
    article = _extract("hexun-1")
    assert article.source == "证券时报网"
    assert article.date == "2019-09-26T10:56:28"


def test_link_after_a_bylines_names_is_no_name() -> None:
    """``作者：余毅菁 向雪妮<a>返回富达，查看更多</a>``: the link's text glued to the last name hid it (a
    seven-character run is no name); at the element's edge the name stands alone and the link's label (``返回X``,
    back to X) is no name."""
    assert _extract("njxfhn-1").author == ["余毅菁", "向雪妮"]
    assert split_names("张三 返回首页 查看原文 点击这里") == ["张三"]


def test_copyright_notice_is_kept_as_the_page_shows_it() -> None:
    """A notice is text, not a value: ``<a><span>设为首页</span></a><span>©&nbsp;Baidu</span>`` is read as shown,
    though read for its fields at the elements' edges; the links around it (设为首页, 使用百度前必读 意见反馈) and
    the registration number after them (京ICP证030173号) are no part of it."""
    article = _extract("baijiahao-2", PAGES)
    assert article.copyright == "© Baidu"


def test_heading_over_a_dateline_of_glued_elements_is_the_headline() -> None:
    """``<span>2019-09-30</span><span>10:31</span>`` reads ``2019-09-3010:31`` glued, which holds no date: the
    heading over it was not seen as dated, and the metadata title (a channel's) stood as the headline."""
    paragraph = "某某市今年新建的三座污水处理厂已全部投入运行，日处理能力提升到四十万吨，出水水质稳定达标。"
    html = (
        "<html><head><title>新闻动态--某某学会</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<div class='main'><h5>某某市三座污水处理厂投入运行</h5>"
        "<div class='info'><span>2019-09-30</span><span>10:31</span></div>"
        f"<div class='text'>{''.join(f'<p>第{i}段：{paragraph}</p>' for i in range(4))}</div></div></body></html>"
    )
    article = newsmend.extract(html.encode())
    assert article.title == "某某市三座污水处理厂投入运行"
    assert article.date == "2019-09-30T10:31"


def test_inline_elements_classed_as_credits_are_recorded_with_their_text() -> None:
    block = _only_block(
        "<div class='info'><span class='a_catalog'><a href='/c'>金融市场</a></span><span class='a_source'>棱镜</span>"
        "<span class='a_time'>2019-09-23 07:48</span><b>无名</b><a class='author-name' href='/u/1'>张三</a></div>"
    )
    assert block.text == "金融市场棱镜2019-09-23 07:48无名张三"
    assert block.inline == (("span.a_source", "棱镜"), ("a.author-name", "张三"))


def test_inline_element_classed_as_source_names_the_outlet() -> None:
    """``<span class="a_catalog"><a>金融市场</a></span><span class="a_source">棱镜</span><span class="a_time">…``:
    no label names the outlet, and glued (or split at the edges) the line holds two words beside the date; the
    element's class says which one is the source."""
    article = _extract("qq-2")
    assert article.source == "棱镜"
    assert article.date == "2019-09-23T07:48"


def test_inline_element_classed_as_author_in_the_header_is_the_byline() -> None:
    """``<p class="mh-meta entry-meta"><span class="entry-meta-date">…</span><span class="entry-meta-author
    author vcard"><a>Luis Holuch</a></span>…</p>`` in the article's ``<header>``: the line is a date, a name and
    a comment count, and only the element's class says which part is the author. The page's metadata is trimmed
    away."""
    assert _extract("header-author", PAGES).author == ["Luis Holuch"]


def test_commenters_and_image_sources_are_no_credits() -> None:
    """A commenter's ``span.author`` after the text and an image's ``span.source`` in its caption credit neither
    the article's author nor its source."""
    paragraph = "<p>The council approved the new budget on Tuesday after a long debate about school funding.</p>"
    html = (
        "<html><body><article><h1>Council approves budget</h1>"
        "<figure><img src='a.jpg'><figcaption>The council hall. <span class='source'>Pixabay</span></figcaption>"
        f"</figure>{paragraph * 4}</article><div class='comments'><div class='comment'>"
        "<span class='author'>Jane Reader</span> <span>wrote:</span></div></div></body></html>"
    )
    article = newsmend.extract(html.encode())
    assert article.author is None
    assert article.source is None
