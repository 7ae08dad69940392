"""Related and latest-news lists on HTML pages become data: heading-less lists of item boxes, the items' times and
channels, and what is no list (comments, sites, a source's link beside a headline).

The pages are real news pages with scripts, styles and comments removed: the unlabelled Chinese pages the field tests
read (``tests/fixtures/pages/zh-unlabelled``) and two more (``tests/fixtures/pages/related``).
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from tests.support.mirror_damage import damage
from tests.support.pages import extract_page

import newsmend
from newsmend.article import Article, RelatedLink
from newsmend.blocks import Block, Link
from newsmend.fields.related import headline_link, related_links

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "related"
ZH_PAGES = PAGES.parent / "zh-unlabelled"


def _article(name: str, folder: Path = ZH_PAGES) -> Article:
    return newsmend.extract((folder / f"{name}.html").read_bytes())


def _assert_clean_list(related: list[RelatedLink]) -> None:
    """Every item once, each a headline with a link."""
    titles = [item.title for item in related]
    assert len(titles) == len(set(titles))
    assert all(item.url for item in related)


def test_heading_less_boxes_after_the_comments_are_a_list_with_their_channel() -> None:
    """A portal's recommendations: boxes of one kind (headline, channel element, source, relative time, counts)
    after the readers' comments, with no list heading over them."""
    article = _article("163-5")
    related = article.related
    assert len(related) >= 4
    _assert_clean_list(related)
    assert all(item.channel == "新闻" for item in related)  # from the box's element classed as the channel
    assert all(item.time is None for item in related)  # "21小时前" is relative: the page does not anchor it
    body = article.body or ""
    assert not any(item.title in body for item in related)


def test_box_lines_date_their_items() -> None:
    """A list item box holding the headline and a line with a full time: the time is the item's."""
    related = _article("xinhuanet-1").related
    _assert_clean_list(related)
    by_title = {item.title: item for item in related}
    assert by_title['大数据"坑熟客",技术之罪需规则规避'].time == "2018-03-02T08:58:39"
    assert sum(1 for item in related if item.time) >= 5


def test_an_items_dict_is_its_fields_in_order() -> None:
    """``Article.to_dict`` writes each related item as :func:`dataclasses.asdict` would (its own ``to_dict``,
    without the deep copy): every field in order, times and channels included."""
    article = _article("guancha-3")
    assert any(item.time and item.channel for item in article.related)
    assert article.to_dict()["related"] == [asdict(item) for item in article.related]
    assert list(article.to_dict()["related"][0]) == ["title", "url", "time", "channel"]


def test_time_and_channel_line_after_a_headline_in_its_box() -> None:
    """``2019-09-09 17:55 新时代新气象新作为`` under a headline in its box dates it and names its channel; the
    channel's link is no item of its own."""
    related = _article("guancha-3").related
    _assert_clean_list(related)
    timed = [item for item in related if item.time and "T" in item.time]
    assert len(timed) >= 15
    assert any(item.channel == "香港" and item.time == "2019-09-09T17:20" for item in related)
    channels = {item.channel for item in related if item.channel}
    assert not channels & {item.title for item in related}


def test_bracketed_channel_before_the_headline() -> None:
    """``【军事】 headline``: the bracketed link names the item's channel (with or without spaces inside)."""
    related = _article("sina-1").related
    _assert_clean_list(related)
    by_title = {item.title: item for item in related}
    assert by_title["让小型卫星享受专车待遇的快舟火箭"].channel == "军事"
    assert by_title["香港警察装备水平可否跻身世界前列"].channel == "军事"
    assert "军事" not in by_title  # the channel's own link is no item


def test_readers_comments_are_no_list() -> None:
    """Comment boxes (a user's link and a time each) under a comments heading are no related items, in a heading
    list or as boxes."""
    related = {item.title for item in _article("sina-1").related}
    assert not any(name in related for name in ("反正也这逼样了1", "真楚狂", "yangyang13847"))
    titles = [item.title for item in _article("toutiao-2").related]
    assert not any("小时前" in title or "分钟前" in title for title in titles)


def test_a_source_link_in_an_item_box_is_no_item() -> None:
    """A feed box: headline, picture count, and ``<source link> ⋅ N评论 ⋅ 刚刚``: the source is no story, even
    when its name is as long as a headline."""
    titles = {item.title for item in _article("toutiao-2").related}
    assert "三张图看懂弹盘与弹鼓" in titles
    assert not any(title.startswith(("史云平纪实摄影", "我是一个爱国的农民")) for title in titles)


def test_lists_of_sites_are_no_related_stories() -> None:
    """A government footer's links to other sites and a friend-links block: sites, not stories."""
    assert _article("other-1", PAGES).related == []
    assert _article("cmse-1").related == []


def test_headline_link_rules() -> None:
    """The item block rules on single blocks: a site's home page is no story (a home page with a query is), a
    keyword link is too short, a date line dates and is no item."""
    home = Block(
        "中华人民共和国国家发展和改革委员会",
        tag="li",
        links=[Link("中华人民共和国国家发展和改革委员会", "http://www.example.gov.cn/")],
    )
    query = Block(
        "学校只剩一名学生，她却坚守了18年",
        tag="li",
        links=[Link("学校只剩一名学生，她却坚守了18年", "http://x.example.cn/?p=1")],
    )
    tag = Block("巴中 (0)", tag="li", links=[Link("巴中 (0)", "http://x.example.cn/tags-6.html")])
    short = Block("日本确诊945例", tag="li", links=[Link("日本确诊945例", "/a/945.html")])
    dated = Block("2019-09-09 17:55 新时代新气象新作为", tag="div", links=[Link("新时代新气象新作为", "/topic")])
    assert headline_link(home) is None
    assert headline_link(query) is not None
    assert headline_link(tag) is None
    assert headline_link(short) is not None  # Han characters and numbers make the headline's length
    assert headline_link(dated) is None


def test_item_time_is_stated_not_guessed() -> None:
    """A full date beside the headline is the item's time; a yearless or relative one is not, and a date inside
    the headline is the headline's text, not the item's time."""
    full = Block("2019年9月7日起新规实施 2024-05-13 10:56", tag="li", links=[Link("2019年9月7日起新规实施", "/a.html")])
    yearless = Block("某地出台十条新规措施 05-13", tag="li", links=[Link("某地出台十条新规措施", "/b.html")])
    relative = Block("某地出台二十条新规措施 3小时前", tag="li", links=[Link("某地出台二十条新规措施", "/c.html")])
    items = related_links([full, yearless, relative], "https://news.example.cn/a/b.html")
    assert [item.time for item in items] == ["2024-05-13T10:56", None, None]
    assert items[0].url == "https://news.example.cn/a.html"


def test_english_heading_less_list_with_absolute_urls() -> None:
    """A news agency's "latest" boxes after the story, with no heading: the stories, their links made absolute
    against the page's address."""
    raw = (PAGES / "yna_co_kr.html").read_bytes()
    article = newsmend.extract(raw, url="https://en.yna.co.kr/view/AEN20231231000100315")
    related = article.related
    assert len(related) >= 4
    _assert_clean_list(related)
    assert all((item.url or "").startswith("https://en.yna.co.kr/view/") for item in related)
    assert "2 S. Koreans released 17 days after abduction in Nigeria" in {item.title for item in related}
    assert article.title not in {item.title for item in related}


def test_related_links_resolve_against_the_address_the_page_states() -> None:
    """Without ``url=``, the page's own ``og:url`` is its address: the related links are absolute all the same."""
    article = newsmend.extract((PAGES / "yna_co_kr.html").read_bytes())
    assert article.url == "https://en.yna.co.kr/view/AEN20190820002300325"
    assert len(article.related) >= 4
    assert all((item.url or "").startswith("https://en.yna.co.kr/view/") for item in article.related)


def test_a_sites_registration_number_ends_no_list() -> None:
    """The last link of a Chinese page's footer (``沪公网安备 …号``) is no headline, even where a list under a
    heading runs on to it."""
    raw = (ZH_PAGES / "thepaper-1.html").read_bytes()
    titles = [item.title for item in newsmend.extract(raw).related]
    assert "中华人民共和国国家勋章和国家荣誉称号颁授仪式将隆重举行" in titles
    assert not any("公网安备" in title or "ICP" in title for title in titles)


def test_times_and_ads_are_no_headlines() -> None:
    """A post's permalink written as its time, and a link marked as an advertisement, are no list items."""
    stamp = Block("2018年6月24日 00:55", tag="li", links=[Link("2018年6月24日 00:55", "/t/123/4")])
    ago = Block("1 week, 3 days ago", tag="li", links=[Link("1 week, 3 days ago", "/t/123/5")])
    advert = Block(
        "Ad• 2024年助听器应该要花多少钱？观看价目表",
        tag="div",
        links=[Link("2024年助听器应该要花多少钱？观看价目表", "https://ads.example.com/c?id=9")],
    )
    story = Block("北京地铁新机场线试行运营", tag="li", links=[Link("北京地铁新机场线试行运营", "/19/0907/a1.html")])
    assert [headline_link(b) is not None for b in (stamp, ago, advert, story)] == [False, False, False, True]


def test_a_card_is_one_item_its_headline_with_its_time() -> None:
    """A card is one link around its lines (a photo count or kicker, the headline, a date, a teaser): one item,
    titled by the line a heading element or a title class holds, dated by its date line."""
    html = (
        "<html><body><article><h1>某地出台新规</h1><p>" + "正文内容较长的一段文字。" * 30 + "</p></article>"
        "<h2>相关推荐</h2><ul>"
        "<li><a href='/news/2024/0513/1.html'><div>9图</div><h3>某市新建三座公园向市民免费开放</h3>"
        "<span>2024-05-13 10:56</span><p>公园占地广阔，园内种植了上百种花木，周末游人如织。</p></a></li>"
        "<li><a href='/news/2024/0514/2.html'><div>体育</div><p class='card-title'>某队主场险胜客队取得两连胜</p>"
        "<span>2024-05-14 08:00</span></a></li>"
        "<li><a href='/news/2024/0515/3.html'><h4>某地推出十项便民举措服务群众</h4>"
        "<span>2024-05-15 09:30</span></a></li>"
        "</ul></body></html>"
    )
    related = newsmend.extract(html).related
    assert [(item.title, item.time) for item in related] == [
        ("某市新建三座公园向市民免费开放", "2024-05-13T10:56"),
        ("某队主场险胜客队取得两连胜", "2024-05-14T08:00"),
        ("某地推出十项便民举措服务群众", "2024-05-15T09:30"),
    ]


def test_photo_counts_of_real_cards_are_no_part_of_their_headlines() -> None:
    """toutiao's 相关推荐 cards (``9图`` over the headline, in one link): each item is the headline alone."""
    titles = [item.title for item in _article("toutiao-2").related]
    assert "新时代中国奇迹：这片曾威胁过首都的沙漠，被“收服”了" in titles
    assert not any(title.split(" ", 1)[0].endswith("图") and title[0].isdigit() for title in titles)


def test_headline_lists_of_a_damaged_page_are_repaired_with_it() -> None:
    """A page a spam mirror damaged is damaged throughout: its related headlines (their links' texts) come back
    repaired with its body."""
    paragraph = "<p>记者从有关部门获悉，今年以来全市新建公园绿地三十余处，市民休闲去处明显增多。</p>"
    item = '<li><a href="/news/2024/05/1{0}/{0}.html">第{0}条：城市更新项目进展顺利</a></li>'
    items = "".join(item.format(i) for i in range(4))
    html = (
        "<html><head><title>城市公园建设</title></head><body><article><h1>城市公园建设提速</h1>"
        f"{paragraph * 6}</article><div><h3>相关新闻</h3><ul>{items}</ul></div></body></html>"
    )
    article = newsmend.extract(damage(html, seed=1, share=1.0))
    assert "mirror-spam" in article.flags
    assert "记者从有关部门获悉，今年以来全市新建公园绿地三十余处，市民休闲去处明显增多。" in article.paragraphs
    assert [item.title for item in article.related] == [f"第{i}条：城市更新项目进展顺利" for i in range(4)]


def test_story_links_in_a_related_box_right_under_the_text_are_related_items() -> None:
    """A Tokyo daily closes its story with ``div.related_links`` in the story's own element: two ``【関連記事】``
    links to its stories on lines of their own, no sibling boxes and no heading, so no list after the body; the
    story-box links the body leaves out between its lines are read right after its last line too, as long as they
    run on inside the element holding the whole body (a trimmed copy of a fundus fixture, cut after the box)."""
    html = (PAGES.parent / "ja" / "reaction-tooltips-after-related-links.html").read_text("utf-8")
    cut = html[: html.index('<div class="cmp-misc023">')] + "</div></div></div></main></div></body></html>"
    article = newsmend.extract(cut.encode(), url="https://www.tokyo-np.co.jp/article/379018")
    assert article.paragraphs[-1].startswith("逮捕を受けて同医大は13日")
    assert [(item.url, item.channel) for item in article.related] == [
        ("https://www.tokyo-np.co.jp/article/373431", "関連記事"),
        ("https://www.tokyo-np.co.jp/article/344814", "関連記事"),
    ]
    assert article.related[0].title.startswith("東京女子医大、理事長「1強体制」")


def test_a_list_the_body_leaves_out_between_its_lines_is_related_items() -> None:
    """The aviation site sets a ``Verwandte Themen`` heading over three linked headlines in the picture box between
    its headline and its text, which the body leaves out: its items are related items, first, before the lists
    after the text; an item leading to another site is none."""
    page = "unseen-en8/aero-fraport-2023.html"
    article = extract_page(page)
    assert article.body is not None and "Verwandte Themen" not in article.body
    assert [item.url for item in article.related[:3]] == [
        "https://www.aero.de/news-46102/Fraport-vermarktet-Flaechen-an-Washingtoner-Flughaefen.html",
        "https://www.aero.de/news-45943/Fraport-geht-mit-T3-2025-in-die-Testphase.html",
        "https://www.aero.de/news-45938/Fraport-Chef-Schulte-Arbeiten-an-Terminal-3-voll-im-Zeitplan.html",
    ]
    assert article.related[0].title == "Fraport vermarktet Flächen an Washingtoner Flughäfen"
    raw = (PAGES.parent / page).read_bytes()
    elsewhere = newsmend.extract(raw.replace(b'href="https://www.aero.de/news-46102', b'href="https://example.org/n-46102'))
    assert [item.title for item in elsewhere.related[:2]] == [
        "Fraport geht 2025 mit Terminal 3 in die Testphase",
        'Fraport-Chef Schulte: Arbeiten an Terminal 3 "voll im Zeitplan"',
    ]
