"""Article fields from plain-text and HTML-shaped pages, without the repair engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmend.blocks import Block, Link, Page
from newsmend.content import Selection
from newsmend.fields import build_article, detect_language, parse_date, split_names
from newsmend.fields.dates import url_date
from newsmend.fields.lines import email_byline, is_caption, is_copyright, is_update_stamp, labelled_values
from newsmend.fields.people import dateline_source, tidy_editor
from newsmend.fields.title import Heading, strip_site, without_marks
from newsmend.textpage import parse_text_page, select_text_main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "text"


def _text_article(name: str):
    page = parse_text_page((FIXTURES / name).read_text("utf-8"), None)
    return build_article(page, select_text_main(page), [], {"from-test"})


# ---- whole articles from plain text ---------------------------------------------------------------
def test_chinese_text_page_fields() -> None:
    art = _text_article("clean_article_zh.txt")
    assert art.title == "示范市启动老旧小区改造计划，首批涉及十二个街区"
    assert art.author == ["王小明"] and art.author_email == "wangxiaoming@example.org"
    assert art.source == "示范日报"
    assert art.editor == "李华"
    assert art.copyright == "本文系示范日报独家稿件，未经授权，不得转载。"
    assert art.captions == ["改造前的街区航拍照片。图片来源：示范市住建局", "示范市住建局网站截图"]
    assert len(art.paragraphs) == 7 and art.paragraphs[0].startswith("（示范日报讯）")
    assert [art.paragraphs[2], art.paragraphs[5]] == art.captions  # listed, and kept in place in the body
    assert art.date is None  # the dates on the page belong to other stories
    assert (art.language, art.script) == ("zh", "Hans")
    assert "from-test" in art.flags


def test_chinese_text_page_related_items() -> None:
    related = _text_article("clean_article_zh.txt").related
    by_title = {r.title: r for r in related}
    assert by_title["示范市地铁三号线将于年底通车"].time == "2024-06-05T10:20"
    assert by_title["示范市地铁三号线将于年底通车"].channel == "城市交通"
    assert by_title["全市中小学暑假安排公布"].channel is None
    assert by_title["“今年的夏天特别热！”"].channel == "天气"
    assert {"夜市经济带动消费回暖", "城市公园新增健身步道", "图书馆延长开放时间"} <= set(by_title)
    assert len(related) == len(by_title)  # each headline once, though the page repeats it


def test_english_text_page_fields() -> None:
    art = _text_article("clean_article_en.txt")
    assert art.title == "City council approves new cycling lanes"
    assert art.author == ["Jane Doe", "John Smith"]
    assert art.date == "2024-05-03T10:15"
    assert art.captions == ["Cyclists ride along a temporary lane on Main Street. Photo: City Council"]
    assert len(art.paragraphs) == 4 and art.paragraphs[2] == art.captions[0]
    assert (art.language, art.script) == ("en", "Latn")
    assert [r.title for r in art.related] == [
        "Bus fares to stay the same next year",
        "New bridge opens to traffic",
    ]


def test_nothing_is_invented_on_a_bare_page() -> None:
    page = parse_text_page("这是一段没有任何署名和日期的文字，只有正文内容而已，长度也足够作为段落。", None)
    art = build_article(page, select_text_main(page), [], set())
    assert art.paragraphs and art.title is None
    assert (art.author, art.author_email, art.source, art.date, art.editor, art.copyright) == (None,) * 6


def test_empty_selection_is_flagged() -> None:
    page = parse_text_page("首页\n新闻\n体育\n联系我们", None)  # a menu: MENU_RUN_MIN_LINES items, no article
    art = build_article(page, select_text_main(page), [], set())
    assert art.body is None and "no-article" in art.flags


# ---- HTML-shaped pages: metadata first ------------------------------------------------------------
def _html_page(meta: dict[str, str], blocks: list[Block]) -> Page:
    return Page(blocks=blocks, is_html=True, url="https://news.example.com/a/1.html", meta=meta)


def test_html_metadata_wins_and_site_name_is_stripped() -> None:
    blocks = [
        Block("Example News", tag="div"),
        Block("Storm closes schools across the region", tag="h1"),
        Block("By Jane Doe | Example News", tag="p"),
        Block("Schools across the region closed on Monday as the storm brought heavy snow and wind.", tag="p"),
        Block("Officials said classes would resume once roads were cleared.", tag="p"),
        Block("Related", tag="h3"),
        Block("Snow clearing plan", tag="li", links=[Link("Snow clearing plan", "https://news.example.com/b")]),
    ]
    meta = {
        "html:title": "Storm closes schools across the region | Example News",
        "og:site_name": "Example News",
        "article:published_time": "2024-01-08T07:30:00Z",
    }
    sel = Selection(body=[3, 4], roles={6: "related"})
    art = build_article(_html_page(meta, blocks), sel, [], set())
    assert art.title == "Storm closes schools across the region"
    assert art.date == "2024-01-08T07:30:00+00:00"
    assert art.author == ["Jane Doe"]
    assert art.related[0].url == "https://news.example.com/b"
    assert art.url == "https://news.example.com/a/1.html"


def test_html_chinese_meta_lines_around_the_body() -> None:
    blocks = [
        Block("示范市启动老旧小区改造", tag="h1"),
        Block("2023-05-03 16:37:21 来源：示范新闻网 作者：张三 李四", tag="div"),
        Block("据报道，示范市将启动老旧小区改造，并计划在年底前完成首批街区。", tag="p"),
        Block("图为会议现场。新华社记者 王五 摄", tag="p"),
        Block("改造资金由市区两级财政共同承担。", tag="p"),
        Block("（责任编辑：赵六_NB12345）", tag="p"),
    ]
    meta = {"html:title": "示范市启动老旧小区改造_示范新闻网", "og:site_name": "示范新闻网"}
    art = build_article(_html_page(meta, blocks), Selection(body=[2, 3, 4, 5]), [], set())
    assert art.title == "示范市启动老旧小区改造"
    assert art.date == "2023-05-03T16:37:21"
    assert art.author == ["张三", "李四"]
    assert art.source == "示范新闻网"
    assert art.editor == "赵六"
    assert art.captions == ["图为会议现场。新华社记者 王五 摄"]
    assert art.paragraphs == [
        "据报道，示范市将启动老旧小区改造，并计划在年底前完成首批街区。",
        "图为会议现场。新华社记者 王五 摄",  # a caption written as a paragraph stays in place
        "改造资金由市区两级财政共同承担。",
    ]


def test_meta_author_url_is_not_a_name_and_the_site_is_the_author_only_when_nobody_else_is() -> None:
    meta = {
        "article:author": "https://facebook.com/someone",
        "author": "Example News",
        "og:site_name": "Example News",
    }
    blocks = [Block("A long enough paragraph of text for the body of this page.", tag="p")]
    art = build_article(_html_page(meta, blocks), Selection(body=[0]), [], set())
    assert art.author == ["Example News"]
    blocks.insert(0, Block("By Jane Doe", tag="p"))
    assert build_article(_html_page(meta, blocks), Selection(body=[1]), [], set()).author == ["Jane Doe"]
    del meta["author"]
    blocks[0] = Block("Example News", tag="p", path="body>div.byline")
    assert build_article(_html_page(meta, blocks), Selection(body=[1]), [], set()).author is None


# ---- the pieces -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2023-05-03 16:37", "2023-05-03T16:37"),
        ("2023年5月3日 16:37", "2023-05-03T16:37"),
        ("发布时间：2019年09月08日", "2019-09-08"),
        ("2023-05-03T16:37:00+0800", "2023-05-03T16:37:00+08:00"),
        ("May 3, 2023", "2023-05-03"),
        ("3 May 2023, 4:05 pm", "2023-05-03T16:05"),
        ("Tue, 05 Dec 2023 10:00:00 GMT", "2023-12-05T10:00:00+00:00"),
        ("2023/13/45", None),
        ("电话 4009-20-4009", None),
        ("no date here", None),
    ],
)
def test_parse_date(raw: str, iso: str | None) -> None:
    assert parse_date(raw) == iso


def test_compact_dates_only_in_metadata() -> None:
    assert parse_date("20230503") is None and parse_date("20230503", compact=True) == "2023-05-03"


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("本报记者 张三 李四", ["张三", "李四"]),
        ("张三、李四", ["张三", "李四"]),
        ("彼得·史密斯", ["彼得·史密斯"]),
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("Maria de la Cruz", ["Maria de la Cruz"]),
        ("Ana García | Sevilla | 12/03/2015", ["Ana García"]),
        ("von Hans Müller 31.10.2023", ["Hans Müller"]),  # the date's element read on with the name's
        ("By Jane Doe - January 10, 2020", ["Jane Doe"]),
        ("By Jane Doe and John Smith, 3 May 2023 10:40", ["Jane Doe", "John Smith"]),
        ("Jane Doe Stand: 05. Februar 2020", ["Jane Doe"]),  # a date's label ends the names, no name itself
        ("Jane Doe Joined: 2015", []),  # another field's label: the text stays whole
        ("Joined: 2020年2月9日", []),
        ("By Jane Doe on June 1, 2019", ["Jane Doe"]),  # the date's preposition after a by-word's names
        ("par Jean Dupont le 3 mai 2023", ["Jean Dupont"]),
        ("By Jane Doe in Politics on June 1, 2019", ["Jane Doe"]),  # the section set after a by-word's names
        ("By Jane Doe and John Smith in London", ["Jane Doe", "John Smith"]),  # ... or the place
        ("door Jan en Piet", []),  # Dutch joins names with en: no place cut there
        ("Veröffentlicht am 29. Dezember 2021", []),  # no by-word: a label before the date, no name
        ("未知", []),
        ("网络整理", []),
        ("the quick brown fox jumps", []),
    ],
)
def test_split_names(value: str, names: list[str]) -> None:
    assert split_names(value) == names


def test_line_shapes() -> None:
    assert email_byline("王小明wangxiaoming@example.org") == ("王小明", "wangxiaoming@example.org")
    assert email_byline("Jane Doe <jane@example.com>") == ("Jane Doe", "jane@example.com")
    assert email_byline("请发送邮件至 news@example.com 联系我们，我们会尽快回复。") is None
    assert is_caption("示范市住建局网站截图") and is_caption("图为会议现场")
    assert not is_caption("据报道，示范市将启动老旧小区改造，并计划在年底前完成首批街区。")
    assert is_copyright("版权所有 © 2024 示范新闻网") and is_copyright("未经授权，不得转载")
    assert not is_copyright("他未经授权进入了会场，随后被保安带离。")
    assert [(v.field, v.value) for v in labelled_values("来源：示范新闻网 作者：张三 时间：2024-06-05")] == [
        ("source", "示范新闻网"),
        ("author", "张三"),
        ("date", "2024-06-05"),
    ]
    assert labelled_values("他说：我们的编辑工作很辛苦，每天都要加班到深夜。") == []
    assert labelled_values("By the way, the council met again.") == []


def test_editor_and_dateline_source() -> None:
    assert tidy_editor("赵六_NB12345") == "赵六"
    assert dateline_source("（示范日报讯）据报道……") == "示范日报"
    assert dateline_source("示范通讯社北京5月3日电 据报道……") == "示范通讯社"
    assert dateline_source("本报讯 据报道……") is None


def test_strip_site() -> None:
    assert strip_site("示范市启动老旧小区改造_国际新闻_示范网", ["示范网"]) == "示范市启动老旧小区改造"
    assert strip_site("Covid-19: what we know - Example Times", ["Example Times"]) == "Covid-19: what we know"
    assert strip_site("Headline without a site", []) == "Headline without a site"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("示範市將啟動老舊小區改造，並計劃在年底前完成首批街區。", ("zh", "Hant")),
        ("示范市将启动老旧小区改造，并计划在年底前完成首批街区。", ("zh", "Hans")),
        ("日本政府は東京に連絡事務所を設置する方針を固めた。", ("ja", "Jpan")),
        ("정부는 도쿄에 연락사무소를 설치할 계획이라고 밝혔다.", ("ko", "Kore")),
        (
            "Die Regierung will in Tokio ein Büro eröffnen, das auch für die Region zuständig ist.",
            ("de", "Latn"),
        ),
        ("", (None, None)),
    ],
)
def test_detect_language(text: str, expected: tuple[str | None, str | None]) -> None:
    assert detect_language(text) == expected


# ---- later rules ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "day_first", "iso"),
    [
        ("11.11.2021", None, "2021-11-11"),
        ("Veröffentlicht am 21. Januar 2022 um 12:25", None, "2022-01-21T12:25"),
        ("le 5 mars 2023 à 14:30", None, "2023-03-05T14:30"),
        ("3 de mayo de 2023", None, "2023-05-03"),
        ("Dezember 29, 2021Dezember 29, 2021", None, "2021-12-29"),
        ("10/05/2022 05:22 pm", None, None),
        ("10/05/2022 05:22 pm", True, "2022-05-10T17:22"),
        ("10/05/2022", False, "2022-10-05"),
        ("25/05/2022", None, "2022-05-25"),
    ],
)
def test_european_and_ambiguous_dates(raw: str, day_first: bool | None, iso: str | None) -> None:
    assert parse_date(raw, day_first=day_first) == iso


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://example.de/2023/11/01/hund-vertreibt-einbrecher/", "2023-11-01"),
        ("https://example.cn/a/202305/03/t1.html", "2023-05-03"),
        ("https://example.cn/2023-05-03/a.html", "2023-05-03"),
        ("https://example.com/p/2023/11/", None),
        ("https://example.com/a/123456789/", None),
        ("https://example.de/news/ein-artikel/2039026", None),  # an article id, not 2039-02-06
        ("https://example.com/20230503/a.html", "2023-05-03"),
        (None, None),
    ],
)
def test_url_dates(url: str | None, iso: str | None) -> None:
    assert url_date(url) == iso


def test_traditional_lines_have_the_same_shapes() -> None:
    assert [(v.field, v.value) for v in labelled_values("責任編輯：王小明")] == [("editor", "王小明")]
    assert is_caption("會議現場資料圖") and is_caption("圖片來源：示範日報")
    assert is_copyright("本文係示範日報獨家稿件，未經授權，不得轉載。")
    assert dateline_source("（示範日報訊）據報道……") == "示範日報"
    assert split_names("本報記者 王小明 李華") == ["王小明", "李華"]


def test_author_from_an_author_page_link_and_not_the_site() -> None:
    byline = Block("Posted on 3 May 2024 by Jane Doe", tag="p", links=[Link("Jane Doe", "/author/jane-doe/")])
    body = Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")
    meta = {"html:title": "Cycling lanes approved_示范财经", "author": "示范"}
    art = build_article(_html_page(meta, [byline, body]), Selection(body=[1]), [], set())
    assert art.author == ["Jane Doe"]
    assert art.date == "2024-05-03"


def test_a_link_marked_rel_author_is_an_author_page_link_whatever_its_address() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.html.meta import page_meta

    html = (
        '<html><body><a rel="author" href="/news/by/jane-doe">Jane Doe</a><a rel="AUTHOR nofollow" href="/by/x">X</a>'
        '<a rel="author">no address</a><a href="/news/by/other">Other</a></body></html>'
    )
    meta = page_meta(LexborHTMLParser(html))
    assert meta["html:author-hrefs"] == "/news/by/jane-doe\n/by/x"
    byline = Block("Jane Doe International Editor", tag="div", links=[Link("Jane Doe", "/news/by/jane-doe")])
    home = Block("Home", tag="div", links=[Link("Home", "")])
    body = Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")
    art = build_article(_html_page(meta, [home, byline, body]), Selection(body=[2]), [], set())
    assert art.author == ["Jane Doe"]
    art = build_article(_html_page({}, [home, byline, body]), Selection(body=[2]), [], set())
    assert art.author is None  # the same link unmarked: /news/by/ is no known author-page address


def test_an_author_value_naming_the_translated_story_s_outlet_credits_no_one() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.html.meta import page_meta

    html = (
        '<html><head><meta property="og:article:author" content="The Daily Example">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A story",'
        ' "isBasedOn": {"@type": "NewsArticle", "name": "The Daily Example"}}</script></head><body></body></html>'
    )
    meta = page_meta(LexborHTMLParser(html))
    assert meta["ld:isbasedon"] == "The Daily Example"
    body = Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")
    assert build_article(_html_page(meta, [body]), Selection(body=[0]), [], set()).author is None
    unsourced = {k: v for k, v in meta.items() if k != "ld:isbasedon"}
    assert build_article(_html_page(unsourced, [body]), Selection(body=[0]), [], set()).author == [
        "The Daily Example"
    ]


def test_a_byline_with_its_author_link_beats_a_metadata_author_the_page_credits_nowhere() -> None:
    byline = Block("von Jane Doe, 8.5.12", tag="p", links=[Link("Jane Doe", "/author/jane-doe/")])
    body = Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")
    page = _html_page({"author": "siteadmin"}, [byline, body])
    assert build_article(page, Selection(body=[1]), [], set()).author == ["Jane Doe"]
    named = Block("von Siteadmin Jane Doe", tag="p", links=[Link("Jane Doe", "/author/jane-doe/")])
    page = _html_page({"author": "Siteadmin"}, [named, body])  # the page names the metadata's person too
    assert build_article(page, Selection(body=[1]), [], set()).author == ["Siteadmin"]
    handle = Block("von janedoe", tag="p", links=[Link("Janedoe", "/author/janedoe/")])
    page = _html_page({"author": "siteadmin"}, [handle, body])  # one word agreed on: a handle, no full name
    assert build_article(page, Selection(body=[1]), [], set()).author == ["siteadmin"]


def test_a_title_of_nothing_but_a_host_name_names_the_site() -> None:
    from newsmend.fields.title import choose_title, is_site

    assert is_site("carta.info", []) and is_site("www.example.co.uk", []) and is_site("Booking.com", [])
    assert not is_site("Mr.Smith", []) and not is_site("Version 2.0 is out", [])
    headings = [Heading("Der neue Trend: Muss- statt Wunschkoalition")]
    assert choose_title(headings, ["carta.info"], []) == "Der neue Trend: Muss- statt Wunschkoalition"


def test_dateline_in_a_short_body_line_is_a_date_not_a_paragraph() -> None:
    blocks = [
        Block("Datum 25.01.2022", tag="div"),
        Block("Die Karte zeigt, wo im Boden besonders viel Radon vorkommt, und gibt Hinweise zum Schutz.", tag="p"),
    ]
    art = build_article(_html_page({}, blocks), Selection(body=[0, 1]), [], set())
    assert art.date == "2022-01-25" and len(art.paragraphs) == 1


def test_html_headline_list_after_the_body_becomes_related() -> None:
    blocks = [
        Block("Schools across the region closed on Monday as the storm brought heavy snow and wind.", tag="p"),
        Block("相关推荐", tag="h2"),
        Block(
            "示范市地铁三号线将于年底通车",
            tag="div",
            link_chars=14,
            links=[Link("示范市地铁三号线将于年底通车", "/a/2.html")],
        ),
        Block("更多", tag="div", link_chars=2, links=[Link("更多", "/more")]),
        Block("全市中小学暑假安排公布", tag="div", link_chars=11, links=[Link("全市中小学暑假安排公布", "/a/3.html")]),
    ]
    art = build_article(_html_page({}, blocks), Selection(body=[0]), [], set())
    assert [(r.title, r.url) for r in art.related] == [
        ("示范市地铁三号线将于年底通车", "https://news.example.com/a/2.html"),
        ("全市中小学暑假安排公布", "https://news.example.com/a/3.html"),
    ]


def test_space_separated_meta_names_and_dublin_core_title() -> None:
    meta = {
        "html:title": "Title Element",
        "og:title twitter:title": "A title",
        "x:title dc:title": "Preferred title",
        "dc:creator twitter:site_name": "Jane Doe",
    }
    blocks = [Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")]
    art = build_article(_html_page(meta, blocks), Selection(body=[0]), [], set())
    assert art.title == "Preferred title" and art.author == ["Jane Doe"]


def test_outlet_reporter_byline() -> None:
    assert [(v.field, v.value) for v in labelled_values("示范社记者 张三 李四")] == [
        ("source", "示范社"),
        ("author", "张三 李四"),
    ]
    assert split_names("本报记者 张三 实习生 李四") == ["张三", "李四"]
    assert labelled_values("示范社记者从有关部门获悉，改造工作进展顺利，首批街区已完工。") == []


def test_trailing_by_credit_and_seo_author_labels() -> None:
    assert [(v.field, v.value) for v in labelled_values("Posted on September 21, 2020 by Jane Doe")] == [
        ("author", "Jane Doe")
    ]
    assert labelled_values("Photo by John Smith") == []
    assert labelled_values("Sponsored by Example Corp") == []
    body = [Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")]
    meta = {"twitter:label1": "Written by", "twitter:data1": "Jane Doe", "twitter:label2": "Est. reading time"}
    assert build_article(_html_page(meta, body), Selection(body=[0]), [], set()).author == ["Jane Doe"]


def test_an_update_stamp_is_a_labelled_value_before_a_date_only() -> None:
    """``Updated`` labels a value only when a date opens it; a weekday and its comma may come before a date that a
    date label (``Posted``) opens; an update stamp alone gives no publication date."""
    line = "Posted Fri, May 10, 2024 at 2:52 pm PT|Updated Fri, May 10, 2024 at 2:55 pm PT"
    assert [(v.field, v.value) for v in labelled_values(line)] == [
        ("date", "Fri, May 10, 2024 at 2:52 pm PT"),
        ("updated", "Fri, May 10, 2024 at 2:55 pm PT"),
    ]
    assert [v.field for v in labelled_values("example.com | Updated: 2024-05-20 14:41")] == ["updated"]
    assert labelled_values("Updated: we changed the headline after publication.") == []
    assert labelled_values("Date Night, May 3, 2024") == []
    assert labelled_values("Date Sunset, May 3, 2024") == []  # a weekday's name, not any word opening like one
    assert [v.value for v in labelled_values("Date Sunday, May 3, 2024")] == ["Sunday, May 3, 2024"]
    assert is_update_stamp("Last updated: 13 July 2020")
    assert not is_update_stamp(line)
    body = [
        Block("Last updated: 13 July 2020", tag="p"),
        Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p"),
    ]
    assert build_article(_html_page({}, body), Selection(body=[0, 1]), [], set()).date is None


def test_meta_author_loses_a_trailing_parenthetical() -> None:
    assert split_names("Jane Doe (Reuters)", strict=False) == ["Jane Doe"]
    assert split_names("示范博客 (handle", strict=False) == ["示范博客"]


def test_json_ld_in_cdata_wrapper_is_read() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.html.meta import page_meta

    ld = '{"@type": "NewsArticle", "headline": "Storm closes schools", "datePublished": "2013-09-11T10:00:00-04:00"}'
    for wrapped in (f"<![CDATA[\n{ld}\n]]>", f"//<![CDATA[\n{ld}\n//]]>", f"/*<![CDATA[*/{ld}/*]]>*/"):
        html = f'<html><head><script type="application/ld+json">{wrapped}</script></head><body></body></html>'
        meta = page_meta(LexborHTMLParser(html))
        assert meta["ld:datepublished"] == "2013-09-11T10:00:00-04:00"
        assert meta["ld:headline"] == "Storm closes schools"


def _yoast_graph(publisher: dict[str, object]) -> str:
    """A WordPress post's JSON-LD as Yoast SEO writes it: one ``@graph`` whose article refers to its author by
    ``@id``, the named node standing apart."""
    site = "https://example-garden.com"
    graph = [
        {"@type": "WebSite", "@id": f"{site}/#website", "name": "Garden Notes", "publisher": publisher},
        {
            "@type": "Article",
            "@id": f"{site}/lemon-tree/#article",
            "headline": "How to grow a lemon tree from seed",
            "datePublished": "2020-04-13T08:00:00+00:00",
            "author": {"@id": f"{site}/#/schema/person/9f1c"},
            "publisher": publisher,
        },
        {"@type": "Person", "@id": f"{site}/#/schema/person/9f1c", "name": "Florin Ionescu", "description": "Gardener"},
    ]
    return json.dumps({"@context": "https://schema.org", "@graph": graph})


def _ld_meta(ld: str) -> dict[str, str]:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.html.meta import page_meta

    html = f'<html><head><script type="application/ld+json">{ld}</script></head><body></body></html>'
    return page_meta(LexborHTMLParser(html))


def test_json_ld_author_given_by_reference_is_read_from_the_node_it_names() -> None:
    meta = _ld_meta(_yoast_graph({"@type": "Organization", "name": "Garden Notes Ltd"}))
    assert meta["ld:author"] == "Florin Ionescu"
    assert meta["ld:publisher"] == "Garden Notes Ltd"


def test_json_ld_publisher_typed_person_names_no_outlet() -> None:
    meta = _ld_meta(_yoast_graph({"@type": ["Person", "Organization"], "name": "Mara Lindqvist"}))
    assert "ld:publisher" not in meta  # a personal blog's owner, whose name as the outlet's would hide the author
    assert meta["ld:author"] == "Florin Ionescu"


def test_marked_time_elements_and_microdata_spans_give_the_date() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.html.meta import page_meta

    html = (
        '<html><body><time datetime="2020-02-02">sidebar</time>'
        '<time class="entry-date published" datetime="2020-01-20T08:40:32+01:00">20 janvier 2020</time>'
        '<time class="updated" datetime="2020-01-21">21</time>'
        '<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span></body></html>'
    )
    meta = page_meta(LexborHTMLParser(html))
    assert meta["time:published"] == "2020-01-20T08:40:32+01:00"
    assert meta["schema:datecreated"] == "2022-01-28T12:45:46+00:00"
    unmarked = page_meta(LexborHTMLParser('<html><body><time datetime="2020-02-02">x</time></body></html>'))
    assert "time:published" not in unmarked


def test_publication_labels_in_several_languages() -> None:
    line = "Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023"
    assert [(v.field, v.value) for v in labelled_values(line)] == [("date", "01.11.2023")]
    assert [v.field for v in labelled_values("Publié le : 3 mai 2023")] == ["date"]


def test_a_date_only_in_a_data_attribute_is_metadata() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.html.meta import page_meta

    html = (
        '<html><body><div data-time-zone="+09:00" data-re-deploy-dt="2026.01.29 18:49" '
        'data-deploy-dt="2026.01.29 18:40"><p>text</p></div></body></html>'
    )
    assert page_meta(LexborHTMLParser(html))["data:date"] == "2026.01.29 18:40"
    assert parse_date("2026.01.29 18:40") == "2026-01-29T18:40"


def test_kicker_opening_the_h1_is_not_part_of_the_headline() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.fields.title import drop_kicker
    from newsmend.html.meta import page_meta

    html = (
        '<html><body><h1> <span class="article-heading__kicker">Klimaschutz</span><span class="hidden">: </span>'
        '<span class="article-heading__title">Bohren, bis es heiß wird</span></h1></body></html>'
    )
    kicker = page_meta(LexborHTMLParser(html))["html:kicker"]
    assert kicker == "Klimaschutz"
    assert drop_kicker("Klimaschutz: Bohren, bis es heiß wird", kicker) == "Bohren, bis es heiß wird"
    assert drop_kicker("Klimaschutz", kicker) == "Klimaschutz"
    plain = page_meta(LexborHTMLParser('<html><body><h1><span class="x">A</span> rest</h1></body></html>'))
    assert "html:kicker" not in plain


def test_chinese_site_and_channel_names_are_recognised_by_their_shape() -> None:
    assert strip_site("示范城市的声音：有你才有城！-示范网", []) == "示范城市的声音：有你才有城！"
    assert strip_site("留学生看两会：关注点大不同_教育频道_示范青年网", []) == "留学生看两会：关注点大不同"
    assert strip_site("新电脑可自学 人工智能迈上新台阶_科技_示范网", []) == "新电脑可自学 人工智能迈上新台阶"
    assert strip_site("中国-东盟合作开启新篇章", []) == "中国-东盟合作开启新篇章"


def test_a_standfirst_led_by_its_date_dates_the_article() -> None:
    teaser = (
        "Pressemitteilung vom 25. Januar 2022 | Berlin – Die Zusammenarbeit mit dem Programm wird ausgebaut, "
        "wie die Ministerin heute mitteilte."
    )
    body = "Ein ausreichend langer Absatz für den Text dieser Seite, mit zwei Teilsätzen und einem Punkt. " * 2
    blocks = [Block("Ein Titel für die Seite", tag="h1"), Block(teaser, tag="p"), Block(body, tag="p")]
    art = build_article(_html_page({}, blocks), Selection(body=[2]), [], set())
    assert art.date == "2022-01-25"
    prose = "Die Ministerin sagte am 25. Januar 2022, dass die Zusammenarbeit mit dem Programm ausgebaut wird, heute."
    blocks[1] = Block(prose, tag="p")
    assert build_article(_html_page({}, blocks), Selection(body=[2]), [], set()).date is None


def test_a_metadata_title_that_opens_the_page_title_is_kept_whole() -> None:
    meta = {
        "og:title": "Minecraft 1.8 - The Bountiful Update",
        "html:title": "Minecraft 1.8 - The Bountiful Update - Update News",
        "og:site_name": "Update News",
    }
    blocks = [Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")]
    art = build_article(_html_page(meta, blocks), Selection(body=[0]), [], set())
    assert art.title == "Minecraft 1.8 - The Bountiful Update"
    assert strip_site("Minecraft 1.8 - The Bountiful Update", []) == "The Bountiful Update"


def test_the_update_date_is_the_last_resort() -> None:
    blocks = [Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")]
    updated = {"dateupdate": "2020-02-14 10:47:36"}
    assert build_article(_html_page(updated, blocks), Selection(body=[0]), [], set()).date == "2020-02-14T10:47:36"
    both = {**updated, "article:published_time": "2020-02-01"}
    assert build_article(_html_page(both, blocks), Selection(body=[0]), [], set()).date == "2020-02-01"


def test_microdata_authors_are_metadata() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.html.meta import page_meta

    html = (
        '<html><body><div itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<span itemprop="name"><a href="/people/jane">Jane Doe</a></span></div>'
        '<span itemprop="author">John Roe</span></body></html>'
    )
    assert page_meta(LexborHTMLParser(html))["microdata:author"] == "Jane Doe; John Roe"


def test_an_author_only_in_a_data_attribute_or_a_named_meta_key_is_metadata() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.html.meta import page_meta

    html = '<html><body><div data-editor-name="Ed Itor" data-byline-writer-name="Jane Doe"><p>x</p></div></body></html>'
    meta = page_meta(LexborHTMLParser(html))
    assert meta["data:author"] == "Jane Doe"
    blocks = [Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")]
    for keys in ({"data:author": "Jane Doe"}, {"cxenseparse:author": "Jane Doe"}):
        assert build_article(_html_page(keys, blocks), Selection(body=[0]), [], set()).author == ["Jane Doe"]


def test_the_heading_most_metadata_titles_confirm_wins() -> None:
    body = Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p")
    meta = {
        "html:title": "Harbour reopens after the storm | Example Times",
        "ld:headline": "Harbour reopens after the storm",
        "og:title": "Storm over: boats return to the harbour",
        "twitter:title": "Storm over: boats return to the harbour | Example Times",
        "og:site_name": "Example Times",
    }
    blocks = [
        Block("Harbour reopens after the storm", tag="h1"),
        Block("Storm over: boats return to the harbour", tag="h2"),  # the teaser repeats og:title, nearer the body
        body,
    ]
    art = build_article(_html_page(meta, blocks), Selection(body=[2]), [], set())
    assert art.title == "Harbour reopens after the storm"
    del meta["ld:headline"]  # one vote each: the h1 wins the tie
    assert build_article(_html_page(meta, blocks), Selection(body=[2]), [], set()).title == blocks[0].text


def test_a_site_logo_h1_confirmed_only_as_a_part_does_not_outrank_the_headline() -> None:
    meta = {"html:title": "Quiet Corner » Blog Archive » Notes on interning small integers"}
    blocks = [
        Block("Quiet Corner", tag="h1"),
        Block("Notes on interning small integers", tag="h2"),
        Block("A long enough paragraph of text for the body of this page, with two clauses.", tag="p"),
    ]
    art = build_article(_html_page(meta, blocks), Selection(body=[2]), [], set())
    assert art.title == "Notes on interning small integers"


def test_website_credits_are_not_authors() -> None:
    for line in ("Made with ♥ by Studio Example", "Website by Example Agency", "Theme by Example Themes"):
        assert labelled_values(line) == [], line
    para = "A long enough paragraph of text for the body of this page, with two clauses."
    blocks = [Block(para, tag="p"), Block("Made with ♥ by Studio Example", tag="p", path="body>footer>p")]
    assert build_article(_html_page({}, blocks), Selection(body=[0]), [], set()).author is None


def test_a_byline_the_selection_skipped_between_the_first_body_lines_is_read() -> None:
    para = "A long enough paragraph of text for the body of this page, with two clauses."
    blocks = [
        Block("Headline of the opinion piece", tag="h1"),
        Block("The standfirst of the piece, which the selection keeps as the first body line.", tag="p"),
        Block("Par Marie Exemple", tag="p", path="body>div.article>p.byline"),
        Block(para, tag="p"),
        Block(para.replace("A long", "Another long"), tag="p"),
    ]
    art = build_article(_html_page({}, blocks), Selection(body=[1, 3, 4], title=0), [], set())
    assert art.author == ["Marie Exemple"]
    assert "Par Marie Exemple" not in art.paragraphs


def test_a_script_rendered_page_gives_its_article_from_metadata() -> None:
    import newsmend

    story = (
        '<div class="img-box"><img src="a.jpg"><div class="caption"><p>The harbour at dawn. Photo agency</p></div>'
        "</div>$$ARTICLEAD$$<p>The harbour reopened on Monday after a week of storms kept the fleet ashore, and the "
        "first boats left before dawn.</p><p>Officials said the breakwater held, though the quay needs repairs "
        "before the summer season begins.</p>"
    )
    state = json.dumps({"detail": {"title": "Harbour reopens", "contentHtml": story}})
    page = (
        "<html><head><title>Harbour reopens | Example Times</title>"
        '<meta property="article:published_time" content="2026-01-29T18:40:00+09:00"></head>'
        f'<body><div id="root"></div><script>window["__STATE__"] = {state};</script></body></html>'
    )
    art = newsmend.extract(page.encode("utf-8"))
    assert art.paragraphs[0].startswith("The harbour reopened on Monday")
    assert len(art.paragraphs) == 2  # the placeholder and the caption are not paragraphs
    assert art.captions == ["The harbour at dawn. Photo agency"]
    assert "body-from-metadata" in art.flags and "no-article" not in art.flags
    assert art.date == "2026-01-29T18:40:00+09:00"

    ld = json.dumps({"@type": "NewsArticle", "articleBody": "First line of the story.\nSecond line of it."})
    plain = f'<html><body><script type="application/ld+json">{ld}</script></body></html>'
    assert newsmend.extract(plain.encode("utf-8")).paragraphs == ["First line of the story.", "Second line of it."]
    bare = newsmend.extract(b"<html><body><div id='root'></div><script>var x = 1;</script></body></html>")
    assert bare.body is None and "no-article" in bare.flags


PAGES = Path(__file__).parent.parent / "fixtures" / "pages"


def test_a_how_to_rendered_by_scripts_gives_its_steps_from_json_ld() -> None:
    """A trimmed real DIY page: its markup holds a menu and a footer, its text only a JSON-LD HowTo (description,
    tools, steps named over their HowToDirection texts)."""
    import newsmend

    art = newsmend.extract((PAGES / "de" / "howto-steps-only-in-json-ld.html").read_bytes())
    assert "body-from-metadata" in art.flags and "no-article" not in art.flags
    assert art.paragraphs[0].startswith("Unabhängig von Größe und Stil kannst du")  # the description opens it
    assert "Nähmaschine" in art.paragraphs  # a tool of the list before the steps
    step = art.paragraphs.index("Schritt 1: Schritt 1: Messe deine Tischplatte")
    assert "den Durchmesser (das ist das Maß" in art.paragraphs[step + 1]
    assert any(p.startswith("Messe deinen Stoff aus") for p in art.paragraphs[step + 2 :])


def test_recipe_steps_in_json_ld_are_read_in_order_with_their_ingredients() -> None:
    from selectolax.lexbor import LexborHTMLParser

    import newsmend
    from newsmend.html.meta import page_meta

    recipe = {
        "@type": ["Recipe"],
        "name": "Muffins",
        "description": "Soft muffins &amp; almonds.",
        "recipeIngredient": ["250 g flour", "1 packet yeast"],
        "recipeInstructions": [
            {"@type": "HowToSection", "name": "Dough", "itemListElement": [
                {"@type": "HowToStep", "name": "Mix", "text": "Mix the flour with the yeast in a bowl."},
            ]},
            "Bake for fifteen minutes at 180 degrees, then let them cool.",
        ],
    }
    page = f'<html><head><script type="application/ld+json">{json.dumps(recipe)}</script></head><body></body></html>'
    meta = page_meta(LexborHTMLParser(page))
    assert meta["ld:steps"] == (
        "<p>Soft muffins &amp; almonds.</p><ul><li>250 g flour</li><li>1 packet yeast</li></ul><h3>Dough</h3>"
        "<p>Mix the flour with the yeast in a bowl.</p><p>Bake for fifteen minutes at 180 degrees, then let them "
        "cool.</p>"
    )
    assert newsmend.extract(page.encode()).paragraphs[-1].startswith("Bake for fifteen minutes")
    no_steps = json.dumps({"@type": "HowTo", "name": "Nothing", "description": "A description alone."})
    bare = f'<html><head><script type="application/ld+json">{no_steps}</script></head><body></body></html>'
    assert "ld:steps" not in page_meta(LexborHTMLParser(bare))


def test_a_bare_date_in_the_lead_photo_caption_dates_the_article() -> None:
    para = "Ein ausreichend langer Absatz für den Text dieser Seite, mit zwei Teilsätzen und einem Punkt."
    blocks = [
        Block("31.01.2022 2. Liga", tag="figcaption"),
        Block("Neuer Trainer für den Verein", tag="h1"),
        Block(para, tag="p"),
    ]
    art = build_article(_html_page({}, blocks), Selection(body=[2], title=1), [], set())
    assert art.date == "2022-01-31"
    assert art.captions == []
    blocks[0] = Block("Der Trainer beim Training am 31.01.2022 in der Halle des Vereins", tag="figcaption")
    art = build_article(_html_page({}, blocks), Selection(body=[2], title=1), [], set())
    assert art.captions == [blocks[0].text] and art.date is None


def test_titles_lose_invisible_line_break_marks() -> None:
    from newsmend.fields.title import Heading, choose_title

    heading = Heading("Er\xadin\xadne\xadrung an die Op\xadfer\u200b ¶", is_h1=True)
    assert choose_title([heading], ["Erinnerung an die Opfer | Example"], ["Example"]) == "Erinnerung an die Opfer"
    assert choose_title([], ["Erinnerung\u00ad an die Opfer\ufeff"], []) == "Erinnerung an die Opfer"


def test_the_byline_under_a_far_headline_picks_among_disagreeing_metadata_authors() -> None:
    para = "A long enough paragraph of text for the body of this page, with two clauses."
    furniture = [Block(f"Gallery image {n}", tag="div") for n in range(20)]
    blocks = [
        Block("Takeaways from the hearing", tag="h1"),
        Block("By Jane Doe, John Roe and Ann Poe, Example News", tag="div", path="body>div.byline"),
        *furniture,
        Block(para, tag="p"),
    ]
    meta = {"author": "Producer Person", "ld:author": "Jane Doe; John Roe; Ann Poe", "og:site_name": "Example News"}
    art = build_article(_html_page(meta, blocks), Selection(body=[len(blocks) - 1], title=0), [], set())
    assert art.author == ["Jane Doe", "John Roe", "Ann Poe"]
    blocks[1] = Block("Gallery caption without names", tag="div")
    art = build_article(_html_page(meta, blocks), Selection(body=[len(blocks) - 1], title=0), [], set())
    assert art.author == ["Producer Person"]  # nothing on the page confirms either: the first key wins


def test_names_two_kinds_of_credit_agree_on_win_over_a_stray_by_line() -> None:
    para = "A long enough paragraph of text for the body of this page, with two clauses."
    author_link = Block("More from Jane Doe", tag="div", links=[Link("Jane Doe", "/author/jane-doe/")])
    head = [
        Block("Rain returns to the hills", tag="h1"),
        Block("By Jane Doe", tag="p"),
        Block("Music by Ann Poe", tag="p"),
    ]
    art = build_article(_html_page({}, [*head, Block(para, tag="p")]), Selection(body=[3]), [], set())
    assert art.author == ["Jane Doe"]  # a line opening with its by-word over one ending in it
    art = build_article(_html_page({}, [*head, Block(para, tag="p"), author_link]), Selection(body=[3]), [], set())
    assert art.author == ["Jane Doe"]  # the author page link confirms one of them
    head[1] = Block("By Jane Doe and John Roe", tag="p")
    art = build_article(_html_page({}, [*head, Block(para, tag="p"), author_link]), Selection(body=[3]), [], set())
    assert art.author == ["Jane Doe", "John Roe"]  # a co-author on the confirmed byline stays


def test_a_blog_named_after_its_authors_account_credits_the_account() -> None:
    """A blog hosted at ``creeny.wordpress.com`` whose post is ``von Creeny`` with a ``rel="author"`` link to
    ``/author/creeny/``: the site is named after the account, which is still the author."""
    para = "Heute war ein schöner Tag im Garten, und ich habe endlich die Beete für den Sommer vorbereitet."
    blocks = [
        Block("Ein Tag im Garten", tag="h1"),
        Block("von Creeny", tag="span", path="body>div.meta>span.byline", links=[Link("Creeny", "/author/creeny/")]),
        Block(para, tag="p"),
        Block("Abgelegt unter Blogprojekte, Das Leben, Schönes", tag="div", path="body>div.meta>span.byline"),
    ]
    url = "https://creeny.wordpress.com/2019/05/01/ein-tag-im-garten/"
    meta = {
        "html:author-hrefs": "https://creeny.wordpress.com/author/creeny/",
        "link:canonical": url,
        "og:site_name": "Das Leben, der Meister und ich",
    }
    page = Page(blocks=blocks, is_html=True, url=url, meta=meta)
    assert build_article(page, Selection(body=[2]), [], set()).author == ["Creeny"]


def test_a_headline_ending_in_a_by_word_ranks_below_the_byline_box() -> None:
    """A Swiss shop's blog post: its headline ends ``von Lawinen`` (of avalanches), read as a line ending in a
    by-word and a name; the byline box under it names the writer."""
    para = "Wie entstehen Lawinen, und wie schätzt man die Gefahr im Gelände ein? Ein Kurs gibt Einblick."
    blocks = [
        Block("Einblick in die Praxis und Theorie von Lawinen", tag="h1"),
        Block("Janic Cathomen, 01.12.2021", tag="p", path="body>div.blog>p.date-author"),
        Block(para, tag="p"),
    ]
    art = build_article(_html_page({}, blocks), Selection(body=[2]), [], set())
    assert art.author == ["Janic Cathomen"]


def test_metadata_declaring_a_handle_gives_way_to_the_bylines_full_name() -> None:
    """A WordPress site's ``article:author`` is the writer's user handle; the byline spells the name. A Han name,
    written without spaces, is a full name and stands."""
    para = "A long enough paragraph of text for the body of this page, with two clauses."
    blocks = [Block("Scenarios for the next decade", tag="h1"), Block("von Gàbor Muniér", tag="p")]
    meta = {"article:author": "gabor_munier", "og:site_name": "INTERSCENAR.IO"}
    art = build_article(_html_page(meta, [*blocks, Block(para, tag="p")]), Selection(body=[2]), [], set())
    assert art.author == ["Gàbor Muniér"]
    blocks[1] = Block("By Takeo Maeda", tag="p")
    art = build_article(_html_page({"author": "新間"}, [*blocks, Block(para, tag="p")]), Selection(body=[2]), [], set())
    assert art.author == ["新間"]


def test_metadata_author_confirmed_by_a_byline_keeps_the_bylines_co_authors() -> None:
    """A WordPress post's ``author`` meta names the account that posted it; its byline credits both writers."""
    para = "A long enough paragraph of text for the body of this page, with two clauses."
    meta = {"author": "Rudolf Fischer", "ld:author": "Rudolf Fischer", "og:site_name": "Example Bike Magazine"}
    blocks = [Block("The best trail bikes of the year", tag="h1"), Block("von Rudolf Fischer, Simon Kohler", tag="p")]
    art = build_article(_html_page(meta, [*blocks, Block(para, tag="p")]), Selection(body=[2]), [], set())
    assert art.author == ["Rudolf Fischer", "Simon Kohler"]
    blocks[1] = Block("By Joan Biskupic, CNN Senior Supreme Court Analyst", tag="p")
    meta = {"author": "Joan Biskupic"}
    art = build_article(_html_page(meta, [*blocks, Block(para, tag="p")]), Selection(body=[2]), [], set())
    assert art.author == ["Joan Biskupic"]  # the writer's title after the name is no co-author


def test_json_ld_text_fields_lose_the_html_entities_cms_write_into_them() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsmend.html.meta import page_meta

    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": "Olive &#038; Herb Bread &raquo; &quot;Easy&quot;",
            "author": {"@type": "Person", "name": "Zo&euml; Doe"},
            "articleBody": "Kept as written: &lt;b&gt;",
        }
    )
    html = f'<html><head><script type="application/ld+json">{ld}</script></head><body></body></html>'
    meta = page_meta(LexborHTMLParser(html))
    assert meta["ld:headline"] == 'Olive & Herb Bread » "Easy"'
    assert meta["ld:author"] == "Zoë Doe"
    assert meta["ld:articlebody"] == "Kept as written: &lt;b&gt;"


# ---- captions: listed, and in the body where the page writes them as text ----------------------------
CAPTIONS = Path(__file__).parent.parent / "fixtures" / "captions"


def test_captions_written_as_paragraphs_stay_in_place_on_a_real_page() -> None:
    """A news portal's copy of an agency story (magic-html-bench dev page): each photo is followed by its
    caption as a ``<p>`` of the article, which the page's own text and the benchmark's label both keep."""
    import newsmend

    art = newsmend.extract((CAPTIONS / "xinhua_photo_captions.html").read_bytes())
    assert len(art.paragraphs) == 4 and art.paragraphs[0].endswith("成功连任。")
    assert all(p.endswith("摄") for p in art.paragraphs[1:])
    assert art.captions == list(dict.fromkeys(art.paragraphs[1:]))  # each caption listed once


def test_captions_the_markup_sets_apart_leave_the_body() -> None:
    import newsmend

    page = """<html><head><title>示范市新建三座公园_示范新闻网</title></head><body><article>
    <h1>示范市新建三座公园</h1>
    <p>示范市今年将新建三座城市公园，总面积约四十公顷，预计年底前陆续开放，覆盖全市五个区。</p>
    <figure><img src="a.jpg"><figcaption>公园效果图。示范市园林局供图</figcaption></figure>
    <p>新公园将配套建设健身步道、儿童游乐区和停车场，方便周边居民使用，并增设无障碍设施。</p>
    <div class="pic"><img src="b.jpg"><p class="img-desc">施工现场。示范日报记者 李四 摄</p></div>
    <p>图为市民在已建成的公园内散步。示范日报记者 张三 摄</p>
    <p>园林局表示，三座公园建成后，全市人均公园绿地面积将增加约一平方米，居民步行十分钟即可到达公园。</p>
    </article></body></html>"""
    art = newsmend.extract(page.encode("utf-8"))
    in_text = "图为市民在已建成的公园内散步。示范日报记者 张三 摄"
    assert art.captions == ["公园效果图。示范市园林局供图", "施工现场。示范日报记者 李四 摄", in_text]
    assert len(art.paragraphs) == 4 and art.paragraphs[2] == in_text
    assert "供图" not in (art.body or "") and "李四" not in (art.body or "")


# ---- headlines: the heading opening the body, and a displayed <h1> against a social title -----------------------
def test_post_title_opening_the_body_beats_the_blog_banner() -> None:
    """The Forward's blog post (postlight fixture): the banner ``<h1>`` names the blog (``The Schmooze: Your Jewish
    Pop Culture Fix``, a part of ``<title>``), the post's ``<h2>`` opens the body and is ``og:title`` word for word:
    the heading the metadata confirms whole wins, though it stands inside the body."""
    from tests.support.pages import extract_page

    article = extract_page("unseen-en3/postlight-forward.html")
    assert article.title == "The Adorable Reason You Can Set Your Alert Sound to “Hummus” on Slack"
    assert article.body.startswith("Sometimes (okay, a lot of the time), if I’m in the middle of editing")


@pytest.mark.parametrize(
    ("heading", "meta_title", "rewrite"),
    [
        ("DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket", "DB Lounge: Kein Zutritt mehr mit Sparpreis-Tickets", 1),
        ("在被AI警察判定为仅面临“中等”风险后，西班牙女孩莉娜遇害了", "家庭暴力：警方算法判定莉娜仅面临“中等”风险", 1),
        ("Klimaschutz: Bohren, bis es heiß wird", "Bohren, bis es heiß wird", 0),  # a kicker over the headline
        ("Test document title", "Dublin Core property title", 0),  # one word shared
        ("The Schmooze: Your Jewish Pop Culture Fix", "The Adorable Reason You Can Set Your Alert Sound", 0),
    ],
)
def test_a_displayed_heading_retells_the_social_title(heading: str, meta_title: str, rewrite: int) -> None:
    from newsmend.fields.title import retells

    assert retells(heading, meta_title) is bool(rewrite)


def test_displayed_headline_beats_the_seo_social_title() -> None:
    """BBC 中文 (2025): ``og:title``, ``twitter:title`` and ``<title>`` carry an SEO line (``家庭暴力：…``) that no
    heading shows; the ``<h1>`` opening the article tells the same story in other words: it is the headline."""
    from tests.support.pages import extract_page

    article = extract_page("unseen-zh3/bbc-zh-2025.html")
    assert article.title == "在被AI警察判定为仅面临“中等”风险后，西班牙女孩莉娜遇害了"


def test_social_title_stays_without_a_displayed_rewrite() -> None:
    """A page whose ``<h1>`` shares no words with its ``og:title`` (a section's name) keeps the metadata title."""
    import newsmend

    page = """<html><head><title>Storm closes schools | Example Times</title>
    <meta property="og:title" content="Storm closes schools across the county"></head><body>
    <h1>Weather</h1><p>A storm closed every school in the county on Monday, officials said, and roads stayed shut
    through the evening while crews cleared fallen trees.</p><p>Schools are expected to reopen on Wednesday, the
    county's education office said in a statement.</p></body></html>"""
    article = newsmend.extract(page.encode("utf-8"))
    assert article.title == "Storm closes schools across the county"


_RETOLD_PAGE = """<html><head><title>{title} - Small Home Blog</title>
    <meta property="og:title" content="{social}"><meta name="twitter:title" content="{social}">
    <meta property="og:site_name" content="Small Home Blog"></head><body><h1>{heading}</h1>
    <p>When we found out our second baby was on the way, the spare room was already an office, so the nursery had to
    fit into a corner of ours: a cot, a narrow dresser and a wall of shelves.</p><p>These are the ideas that made the
    space work, from folding changing tables to baskets under the cot, and a printable checklist to plan your own.</p>
    </body></html>"""


@pytest.mark.parametrize(
    ("heading", "title", "social", "expected"),
    [
        # The SEO <title> retells the <h1> while the social title, shared by og and twitter, is worded apart: the
        # heading the page shows is the headline, as trafilatura-eval's labels read t0464 and t0724.
        (
            "20 Clever Small Nursery Ideas When You Are Tight On Space",
            "20 Clever Ideas for your Small Nursery",
            "Set Up a Baby Nursery in a Small Space",
            "20 Clever Small Nursery Ideas When You Are Tight On Space",
        ),
        # A kicker run into the <h1> before the headline the social title states (the <title> adds a channel, which
        # the heading does not hold): no retelling but the headline with its kicker, read as the metadata writes it.
        (
            "Small spaces: Clever nursery ideas for a shared bedroom",
            "Archive - Clever nursery ideas for a shared bedroom",
            "Clever nursery ideas for a shared bedroom",
            "Clever nursery ideas for a shared bedroom",
        ),
    ],
)
def test_a_heading_any_metadata_title_retells_is_the_headline(
    heading: str, title: str, social: str, expected: str
) -> None:
    import newsmend

    page = _RETOLD_PAGE.format(heading=heading, title=title, social=social)
    assert newsmend.extract(page.encode("utf-8")).title == expected


# ---- authors: repeated <meta name="author"> tags ------------------------------------------------------------------
def test_each_author_meta_tag_names_a_co_author() -> None:
    """The Guardian (postlight fixture) names each of its two reporters in a ``<meta name="author">`` of its own."""
    from tests.support.pages import extract_page

    assert extract_page("unseen-en3/postlight-guardian.html").author == ["Julia Carrie Wong", "Sam Levin"]


@pytest.mark.parametrize(
    ("second", "authors"),
    [
        ("Jane Roe", ["John Doe", "Jane Roe"]),
        ("Example Daily", ["John Doe"]),  # a person's shape, but the site's own name
        ("Jane Roe, Staff Writer", ["John Doe"]),  # a job title
        ("Jane Roe 기자", ["John Doe"]),  # a name with its title (Korean pages: 한국일보 then 신현주 기자)
        ("某某日报", ["John Doe"]),  # an outlet
        ("Roe, J.,", ["John Doe"]),  # an entry of a citation list
    ],
)
def test_a_repeated_author_meta_adds_only_a_whole_person_name(second: str, authors: list[str]) -> None:
    import newsmend

    page = f"""<html><head><title>Storm closes schools</title>
    <meta property="og:site_name" content="Example Daily">
    <meta name="author" content="John Doe"><meta name="author" content="{second}"></head>
    <body><h1>Storm closes schools</h1>
    <p>A storm closed every school in the county on Monday, officials said, and roads stayed shut through the
    evening while crews cleared fallen trees.</p><p>Schools are expected to reopen on Wednesday, the county's
    education office said in a statement.</p></body></html>"""
    assert newsmend.extract(page.encode("utf-8")).author == authors


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("[> Jens Weber", "Jens Weber"),  # a site's decoration before the post title
        ("» Jens Weber", "Jens Weber"),
        ("National Rail Enquiries -", "National Rail Enquiries"),
        ("mediaarchitecture.de //", "mediaarchitecture.de"),
        ('"Quote" says X', '"Quote" says X'),  # quotes and brackets that pair stay
        ("»Zitat« sagt er", "»Zitat« sagt er"),
        ("«Bonjour» dit-il", "«Bonjour» dit-il"),
        ("【独家】某某公司发布新品", "【独家】某某公司发布新品"),
        ("欲張りなイヌ ＜福娘童話集＞", "欲張りなイヌ ＜福娘童話集＞"),
        ("Title (updated)", "Title (updated)"),
        ("¿Qué pasa?", "¿Qué pasa?"),  # marks written against the first word, and ending marks
        ("#MeToo grows", "#MeToo grows"),
        (".NET 8 released", ".NET 8 released"),
        ("...und dann", "...und dann"),
        ("… und jetzt der importierte Antisemitismus", "… und jetzt der importierte Antisemitismus"),  # goes on
        ("C++ is back in Disney+", "C++ is back in Disney+"),
        ("Prices up 5%", "Prices up 5%"),
        ("着てみた結果!!アイテム♡", "着てみた結果!!アイテム♡"),  # a symbol that is no decoration
        ("$5bn deal", "$5bn deal"),
        ("»", "»"),  # marks only: kept as they are
    ],
)
def test_title_without_decorative_marks(title: str, shown: str) -> None:
    """Marks at a title's ends that no headline holds there are the site's decoration."""
    assert without_marks(title) == shown


def test_post_title_under_a_decorative_mark() -> None:
    """A personal site's post title, an ``<h2>`` under an empty ``<h1>``, opens with the site's ``[>`` mark
    (trafilatura's evaluation page of mediaarchitecture.de): the title is the name alone."""
    import newsmend

    art = newsmend.extract((PAGES / "de" / "post-title-under-decoration.html").read_bytes())
    assert art.title == "Jens Weber"
    assert art.body is not None and art.body.startswith("Jens Weber, geboren 1977 in Erfurt")
