"""A twenty-fourth audit on Chinese pages outside the dev set, and what newsmend reads on them.

(The module docstring is completed with the audit's pages.)
"""

from __future__ import annotations

from tests.support.pages import extract_page

import newsmend
from newsmend.fields.people import dateline_source


def test_related_links_resolve_against_the_base_address() -> None:
    """The daily's ``<base href="https://news.mingpao.com/htm/">`` over ``../pns/…`` links: its next stories are
    at ``/pns/…``, not below the article's own address."""
    related = extract_page("unseen-zh18/mingpao-coins-2018.html").related
    assert [item.title for item in related[:2]] == ["上警車仍fb直播 被三度警告", "天台撒錢地面派錢 倘擾公眾秩序均違法"]
    assert related[0].url is not None
    assert related[0].url.startswith("https://news.mingpao.com/pns/%e6%b8%af%e8%81%9e/article/20181217/s00002/15449")
    assert all(item.url and "/s00002/pns/" not in item.url and "/htm/" not in item.url for item in related)


def test_base_address_resolves_against_the_page_address() -> None:
    """A relative ``<base href="/">`` is resolved against the page's own address first, as a browser does."""
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(4))
    more = "".join(f"<li><a href='news/{i}-story'>市議會第{i}次會議通過新的交通計劃與預算</a></li>" for i in range(4))
    html = (
        "<html><head><base href='/'></head><body><article><h1>市議會通過預算</h1>"
        f"{text}</article><div class='related'><h2>相關新聞</h2><ul>{more}</ul></div></body></html>"
    )
    article = newsmend.extract(html, url="https://example.com/news/politics/budget")
    assert [item.url for item in article.related] == [f"https://example.com/news/{i}-story" for i in range(4)]


def test_dispatch_kind_is_no_part_of_the_source() -> None:
    """``專訊`` (an exclusive dispatch), ``特訊`` and ``快讯`` after the outlet's name in the dateline's brackets
    leave the outlet whole; a plain ``讯`` and a word ending in 讯 as before."""
    assert extract_page("unseen-zh18/mingpao-coins-2018.html").source == "明報"
    assert dateline_source("【明報專訊】深水埗福榮街周六發生天降鈔票事件。") == "明報"
    assert dateline_source("【大公報特訊】記者昨日獲悉。") == "大公報"
    assert dateline_source("（中新网快讯）昨日下午。") == "中新网"
    assert dateline_source("（新京报讯 记者张三）北京市昨日宣布。") == "新京报"
    assert dateline_source("【通讯】昨日下午。") is None
