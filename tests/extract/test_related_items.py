"""Which blocks of a page's headline lists are items, and what each item says: real pages
(``tests/fixtures/pages/zh-unlabelled``), each a mechanism that once made items of what is none or lost an item's
data."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

import newsmend
from newsmend.article import Article
from newsmend.blocks import Block, Link
from newsmend.content import select_main
from newsmend.fields.lines import han_count
from newsmend.fields.related import (
    ITEM_MIN_HAN,
    headline_link,
    list_items_after,
    list_reach_beyond,
    list_window,
)
from newsmend.html import parse_html

ZH_PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "zh-unlabelled"


def _article(name: str) -> Article:
    return newsmend.extract((ZH_PAGES / f"{name}.html").read_bytes())


def test_a_live_feeds_post_headers_and_texts_are_no_items() -> None:
    """A live feed's boxes hold a post: ``<h3>name<span>今天 12:08:48</span></h3>`` and the post's text, all in one
    link to the poster's page. Neither the header (a name and a time) nor the text under it is a story's headline."""
    related = _article("sina-2").related
    assert not any("今天" in item.title for item in related)
    assert not any("/bozhu/" in (item.url or "") for item in related)


def link_block(text: str) -> Block:
    """A list item whose whole text is one link."""
    return Block(text=text, tag="li", link_chars=len(text), links=[Link(text, "/news/2019/1.html")])


def test_a_time_in_a_link_text_counts_no_headline_words() -> None:
    """The digits of a clock or relative time are no words of a headline; the numbers of a headline are."""
    assert headline_link(link_block("王继洲今天 12:05:42")) is None
    assert headline_link(link_block("李明3小时前")) is None
    assert headline_link(link_block("日本确诊945例")) is not None


def test_a_note_above_a_headline_in_its_box_is_that_items() -> None:
    """``<div.member-right-column>大参考</div><div.member-right-box-right><a>headline</a>评论 25</div>`` in each
    box: the channel stands above its headline, so it names the item after it, not the one before."""
    related = _article("guancha-3").related
    by_title = {item.title: item for item in related}
    assert by_title["杜金：普京在克什米尔问题上支持印度，目的不简单，莫迪却不买..."].channel == "大参考"
    assert by_title["“杀鸡取卵”的工会如何让美国工业走向了衰落？"].channel == "新闻实验室"
    assert by_title["万元背包遗落请店方暂存，4个月后竟然被扔了…"].time == "2019-09-09T19:28"  # its line after it


def test_a_heading_list_takes_no_links_from_an_ad_menu_or_footer_it_runs_into() -> None:
    """Under the heading of a photo and video list, the next links stand in ``div.bottom-ad`` at the page's foot,
    an element the heading is not in: they are no items, while the list's own items are."""
    titles = {item.title for item in _article("xinhuanet-1").related}
    assert "印度交警跳舞指挥走红" in titles
    assert "飞瞰大凉山雪景" not in titles
    assert "中国彩灯节在莫斯科开幕" not in titles


def test_a_page_read_with_the_wrong_charset_gets_its_headline_lists_back() -> None:
    """A Chinese page's GBK bytes read as Latin-1 show no Han text, so no link passes the headline test before
    repair; once the repair finds the mojibake, the blocks after the body are repaired and the lists found."""
    html = (ZH_PAGES / "people-1.html").read_bytes().decode("utf-8")
    clean = newsmend.extract(html)
    garbled = newsmend.extract(html.encode("gbk", errors="replace").decode("latin-1"))
    assert "mojibake" in garbled.flags
    assert len(clean.related) >= 20
    assert [item.title for item in garbled.related] == [item.title for item in clean.related]


def test_consecutive_cards_leading_to_one_address_stay_apart() -> None:
    """A news summary lists several headlines, each its own ``li``, all linking to the one summary page: each is an
    item (the lines of one card share their element; the next ``li`` is the next card)."""
    page = (ZH_PAGES.parent / "related" / "jp_AsahiShimbun_2025_01_13.html").read_bytes()
    related = newsmend.extract(page).related
    by_url: dict[str, list[str]] = {}
    for item in related:
        by_url.setdefault(item.url or "", []).append(item.title)
    shared = [titles for titles in by_url.values() if len(titles) > 1]
    assert shared
    assert ["ロス山火事13万人避難指示", "金属盗の品 流通に歯止め策", "外来種キョン 千葉で大繁殖"] in shared


def test_the_lines_of_one_card_split_by_a_break_stay_one_item() -> None:
    """``<a><i>6</i><p>first line<br>second line</p></a>``: one card, one item, titled by its first line."""
    titles = [item.title for item in _article("gsc-1").related]
    assert "中国地理学会大数据工作委员会" in titles
    assert "“地理大数据支持可持续发展目标”大会（2019）" not in titles


def _gbk_as_latin1(html: str) -> str:
    return html.encode("gbk", errors="replace").decode("latin-1")


def test_a_long_page_read_with_the_wrong_charset_is_repaired_only_where_the_list_search_reaches() -> None:
    """A long portal page (hundreds of blocks after the body: comments, columns, the site's footer) read GBK-as-Latin-1
    gets all its headline lists back, while the blocks the list search cannot reach from its window stay unrepaired:
    no fix lies in them."""
    html = (ZH_PAGES.parent / "related" / "163-7.html").read_bytes().decode("utf-8")
    clean = newsmend.extract(html)
    garbled_html = _gbk_as_latin1(html)
    garbled = newsmend.extract(garbled_html)
    assert "mojibake" in garbled.flags
    assert len(clean.related) >= 20
    assert [item.title for item in garbled.related] == [item.title for item in clean.related]

    page, repaired = parse_html(garbled_html), parse_html(html)  # the same blocks, before and after repair
    assert len(page.blocks) == len(repaired.blocks)
    end = select_main(page).body[-1]
    reached = {*list_window(repaired.blocks, end), *list_reach_beyond(repaired.blocks, end)}
    unreached = [i for i in range(end + 1, len(page.blocks)) if i not in reached]
    assert len(unreached) >= 50
    starts = list(accumulate((len(block.text) + 1 for block in page.blocks), initial=0))
    fixed = {bisect_right(starts, fix.start) - 1 for fix in garbled.repairs}
    assert fixed
    assert fixed.isdisjoint(unreached)


def test_the_list_search_reads_no_item_beyond_its_reach() -> None:
    """Every item block the list search finds past its window lies in :func:`list_reach_beyond`: repairing the window
    and that reach is repairing everything the search reads."""
    page = parse_html((ZH_PAGES.parent / "related" / "163-7.html").read_bytes().decode("utf-8"))
    end = select_main(page).body[-1]
    window = list_window(page.blocks, end)
    past = [i for i in list_items_after(page.blocks, end) if i >= window.stop]
    assert past
    assert set(past) <= set(list_reach_beyond(page.blocks, end))


def test_a_menu_named_for_stories_is_a_story_list() -> None:
    """``ol.story-menu.menu`` under a "Related Coverage" heading and a column's ``div#nav`` of ``li.article_item``
    boxes are named like menus and for stories: their stories are items; the site index's ``<nav>`` after them
    is not."""
    related = newsmend.extract((ZH_PAGES.parent / "related" / "nytimes-2.html").read_bytes()).related
    titles = [item.title for item in related]
    assert "Verizon Announces $4.8 Billion Deal for Yahoo’s Internet Business" in titles
    assert "Verizon Is Said to Be Near a Deal to Acquire Yahoo" in titles
    assert "Room for Debate" not in titles
    column = newsmend.extract((ZH_PAGES.parent / "related" / "163-9.html").read_bytes()).related
    by_title = {item.title: item for item in column}
    assert len(column) == 10
    assert by_title["阜阳市最高学府正式揭牌！阜阳师范大学正式成立"].time == "2019-06-27T00:09:18"


def test_one_posters_repeated_headers_in_a_live_feed_are_no_items() -> None:
    """A live feed's boxes each begin ``<h3>name<span>今天 23:28:34</span></h3>`` linking to the poster's page; a
    poster whose name is six Han long passes the headline test, but the same words to the same address with
    another time, box after box, are one poster's posts, not stories."""
    related = newsmend.extract((ZH_PAGES.parent / "related" / "sina-3.html").read_bytes()).related
    assert not any("今天" in item.title for item in related)
    assert not any("/bozhu/" in (item.url or "") for item in related)


def test_a_lead_pair_beside_a_list_of_its_kind_joins_it() -> None:
    """A film site's tab holds ``ul.mod-top-news`` (two stories with pictures and teasers) above ``ul.mod-relNews``
    (four more), each ``ul>li``: the pair, too short for a list alone, is the head of the list beside it (the
    first of the pair is the article itself, no related item)."""
    article = newsmend.extract((ZH_PAGES.parent / "players" / "article-3e863fa9ac341618.html").read_bytes())
    titles = [item.title for item in article.related]
    pair, rest = "第37届大众电影百花奖入围名单公示 启动初评投", "《发小儿万岁》曝终极预告 见证胡同发小儿友情"
    assert pair in titles
    assert rest in titles
    assert titles.index(pair) < titles.index(rest)
    assert article.title not in titles


def test_a_ranking_of_names_with_scores_is_no_headline_list() -> None:
    """A poetry site's reward rankings (``ol>li>a``: ``name&nbsp;&nbsp;10<img>&nbsp;(1次)``) list poets with their
    flowers and times rewarded: the score and the count are no words of a headline, so a name of three to five Han
    characters is no headline and the ranking no list; the news list after the article keeps its items."""
    page = (ZH_PAGES.parent / "related" / "article-777ddd63e01e0fb1.html").read_bytes()
    titles = [item.title for item in newsmend.extract(page).related]
    assert not any(title.endswith("(1次)") and han_count(title.split()[0]) < ITEM_MIN_HAN for title in titles)
    assert "AI写诗词能否超越人类" in titles
    assert "推动新时代儿歌创作传播研讨会在京举行" in titles


def test_a_tally_ending_a_link_text_counts_no_headline_words() -> None:
    """Numbers standing apart at the end of a Chinese link's text are a score or a count; numbers inside its words,
    or after a Latin word, are a headline's."""
    assert headline_link(link_block("瑜也江舟 10 (1次)")) is None
    assert headline_link(link_block("某某某 4692 (31次)")) is None
    assert headline_link(link_block("日本确诊 945 例")) is not None
    assert headline_link(link_block("华为发布 Mate 60")) is not None


def test_a_date_printed_inside_the_links_of_a_list_is_the_items_time() -> None:
    """``<a>headline<span>2024-05-15</span></a>`` (a film site's related news, the date glued to the headline) and
    ``<h2><span>headline</span> <time>JULY 22, 2016</time></h2>`` in a paper's related coverage: the date at the
    end of each item's link text is its time, and the headline its title."""
    page = (ZH_PAGES.parent / "players" / "article-3e863fa9ac341618.html").read_bytes()
    by_title = {item.title: item for item in newsmend.extract(page).related}
    assert by_title["转型当前，井柏然如何在《新生》做到一人千面？"].time == "2024-05-15"
    assert by_title["上影2024年将推出首个美影厂IP线下儿童主题乐园"].time == "2024-03-14"
    assert not any(title.endswith("2024-05-15") for title in by_title)
    paper = newsmend.extract((ZH_PAGES.parent / "related" / "nytimes-2.html").read_bytes()).related
    by_title = {item.title: item for item in paper}
    assert by_title["Verizon Is Said to Be Near a Deal to Acquire Yahoo"].time == "2016-07-22"
    assert by_title["Yahoo’s Sale to Verizon Ends an Era for a Web Pioneer"].time == "2016-07-24"


def test_dates_that_tell_a_series_apart_stay_in_its_titles() -> None:
    """A paper's cartoons are titled by their day (``La llorona del 26 de abril de 2022``, ``… del 27 …``): without
    the dates two items would share a title, so the dates are the titles' words, not stamps."""
    page = (ZH_PAGES.parent / "related" / "t0962.html").read_bytes()
    titles = [item.title for item in newsmend.extract(page).related]
    assert "La llorona del 26 de abril de 2022" in titles
    assert "La llorona del 27 de abril de 2022" in titles
    assert "La Opinión Gráfica del 26 de abril de 2022" in titles


def test_a_tally_after_a_listed_headline_is_no_part_of_its_title() -> None:
    """The same site's poem rankings (``title&nbsp;&nbsp;35<img>&nbsp;(2次)``) list works: a title long enough for a
    headline stays an item, without its flowers and times rewarded; a poem in two rankings is one item."""
    page = (ZH_PAGES.parent / "related" / "article-777ddd63e01e0fb1.html").read_bytes()
    titles = [item.title for item in newsmend.extract(page).related]
    assert "七言绝句.夏游三江岛" in titles
    assert "清晨朋友圈遇北外特聘教授左高山有感(20240119作于长沙)" in titles
    assert not any(title.endswith("次)") for title in titles)
    assert len(titles) == len(set(titles))


def test_a_clock_time_after_a_stamps_date_joins_it() -> None:
    """A fire brigades' association lists its news as ``headline<span>20.10.2021 - 10:24</span>`` in one link: the
    date and the clock behind its dash are the item's time; without them the first item is the article itself."""
    article = newsmend.extract((ZH_PAGES.parent / "related" / "t0586.html").read_bytes())
    by_title = {item.title: item for item in article.related}
    assert by_title["Die Kärntner Feuerwehr ist klimaaktiv"].time == "2021-08-17T20:51"
    assert by_title["Aus 24h133 wird „24hWien“"].time == "2021-10-01T00:01"
    assert article.title not in by_title
    assert not any(title.startswith(article.title or "") for title in by_title)
