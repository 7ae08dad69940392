"""A twenty-fourth audit on Chinese pages outside the dev set: Hong Kong dailies and a broadcaster.

The pages (``tests/fixtures/pages/unseen-zh18/``) are saved pages from two projects' test resources (a Hong Kong
news reader's parser tests), read in 16,000-character pieces (their text kept as the page writes it, UTF-8 as
declared): the pieces of each page that hold its head and its article region, the rest not read:

- ayltai/hknews-backend ``src/test/resources/testdata/mingpao.html``: a 2018 Hong Kong daily's local story (110 KB,
  three pieces: from its start, from 40,000 and from 56,000 characters),
  ``<base href="https://news.mingpao.com/htm/">`` over ``../pns/…`` links, the section and date line, a story menu
  (``<select>``), two videos and two photos in a slide box (their captions in attributes only), the daily's
  dispatch ``【明報專訊】`` opening the text, a subheading, the tip line ``■明報報料熱線﹕…`` closing it and the next
  stories after it (``mingpao-coins-2018.html``: its ``<head>`` cut to the article's
  metadata, the Organization JSON-LD (its ``sameAs`` cut) and two stylesheets; the scripts, the header, the menus,
  the right column and the footer (pieces not read) cut; the story menu shortened to 5 of 33 stories, its second
  copy cut, the next stories to 3);
- ayltai/hknews-backend ``src/test/resources/testdata/rthk.html``: a 2018 Hong Kong broadcaster's flash (70 KB,
  pieces 1, 3 and 4 of 5), ``<base href>`` naming the article itself, the headline an ``<h2>``, the time line
  ``2018-07-02 HKT 12:58``, a slide's caption above the text (``…（港台圖片）``), the text ``<br>``-split in one
  element, the latest-news tabs filled by scripts (``rthk-flights-2018.html``: its ``<head>`` cut to the
  article's metadata and two stylesheets; the scripts, the font-size and language boxes, the weather box, the
  podcast link and the archive form's day and month lists cut, its channels shortened to 4 of 10; two of the news
  tabs kept, the rest and the footer (a piece not read) cut);
- ayltai/hknews-backend ``src/test/resources/testdata/singtao_details.html``: a 2018 Hong Kong daily's story (40 KB,
  pieces 1 and 2 of 3), ``og:url`` without its scheme, a carousel's caption, the text one ``<p>`` split by
  ``<br><br>`` and indented with ideographic spaces, opening ``(星島日報報道)``, related news with a teaser, a
  next-story link (``<span>下一篇</span> <span>headline</span>``), the comments' heading and the sidebar's lists
  (``singtao-tariffs-2018.html``: the scripts and ad slots cut; the menus shortened (the daily's channels to 6 of 12,
  the instant ones to 3 of 7, the supplements and the overseas editions cut), the story menu to 5 of 27, the
  share buttons to 4 of 5, the sidebar's lists to 2 of 3 and 1 of 3 stories; the tabs after them (a piece not
  read) cut);
- ayltai/hknews-backend ``src/test/resources/hket.html``: a 2018 Hong Kong business daily's lifestyle site (43 KB,
  pieces 1 and 2 of 3), the time line ``14:36 2018/07/27``, two photos with captions in ``p.article-detail_caption``
  (``…（政府飛行服務隊圖片）``), the call ``想生活更精明，請讚好TOPick Facebook`` closing the text's element, a
  read-all button, related news and a most-read list (``hket-paraglider-2018.html``: the scripts cut; the channel
  buttons shortened to 6 of 11, the ticker to 3 of 19, the menu to 6 of 11, each picture's sources to 2 of 3, the
  related news to 4 of 8, the share buttons to 1 of 4, the most-read list to its first tab's 3 of 5; the mobile
  header, the search box, the gallery overlay and the footer cut);
- ayltai/Newspaper ``mobile/src/debug/assets/oriental_daily_details.html``: a 2017 Hong Kong daily's story (12.5 KB,
  read whole), the lead above the columns, two subheadings (``<h3>``), a table of three captioned photos and the
  app-download line ``第一手消息請下載on.cc東網…`` closing the text (``orientaldaily-cuhk-2017.html``: the page whole
  but its leading blank lines).

None of them is in the dev set (no dev page is from these outlets; checked by address and by their sentences).
newsmend read the last daily's page right (no date on the page: its address dates it). On the others it resolved
the first daily's next stories against the article's address instead of the page's ``<base href>``
(``…/s00002/pns/…``), read its source ``明報專`` and kept its tip line as the last paragraph; it lost the
broadcaster's clock time to the zone between date and time and did not mark its caption; it read no source from
``(星島日報報道)`` and listed the next story as ``下一篇 headline``; it kept the business daily's call to like its
Facebook page and lost the clock time standing before the date. Fixed: relative links resolve against
``<base href>`` (``html/meta.py``, ``fields/build.py``; 3 dev pages' related addresses, all right); a dispatch's
kind (``專訊``, ``特訊``, ``快讯``) and a bracketed ``（X報道）`` dateline give the outlet (``fields/people.py``); an
outlet's tip line closing the text leaves it (:func:`~newsmend.fields.lines.is_tip_line`, ``fields/trim.py``); a
zone's capitals between date and time and a clock time right before a date are read (``fields/dates.py``); a
bracketed picture credit marks a caption and a call to like or follow the outlet's page is a call to action
(``fields/lines.py``; 1 dev page loses a blog's WeChat promotion its label keeps); a pager's label is no part of a
related headline (``fields/related.py``). Not fixed: the first daily's slide captions (attributes of hidden slides),
the broadcaster's source (the site's name only as the title's tail), a page address without its scheme (used only
when no address is given), the business daily's lead caption listed after the second. trafilatura keeps the tip
line, the site in the business daily's title, opens the broadcaster's text with its menu (``選單``) and ends it and
the second daily's with tabs and the comments' heading; readability drops the first daily's and the last daily's
leads and opens the second daily's text with the carousel's caption; gne reads ``相關新聞`` as the business daily's
author, keeps the tip line and the call to like, and gives the last daily its lead alone.

The pages were not rebuilt whole on disk but the last: each fixture was checked against the pieces read, its
fields and the body's lines as the page's article region gives them.
"""

from __future__ import annotations

import pytest
from tests.support.pages import PAGES, Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.dates import parse_date
from newsmend.fields.lines import is_call_to_action, is_caption, is_tip_line
from newsmend.fields.people import dateline_source

GUARDS = [
    # The daily's own dispatch (``【明報專訊】``) opens the text; the videos' and photos' captions, the story
    # menu, the next-story link and the next stories stay out.
    Guard(
        "unseen-zh18/mingpao-coins-2018.html",
        "駕超跑重返深水埗派錢遭警截 涉策劃撒錢 「幣少爺」被捕",
        None,
        "2018-12-17",
        "【明報專訊】深水埗福榮街周六（15日）發生天降鈔票事件",
        "他亦曾於網上聲稱行動要「劫富濟貧」。",
        ("新世代礦業", "蘇智鑫攝", "上警車仍fb直播", "24歲世界口琴冠軍", "下一篇", "上 / 下一篇新聞"),
    ),
    # The broadcaster's clock time after the zone's abbreviation; the photo's caption written above the text stays
    # its first line (no caption markup sets it apart); the menus, the share tools, the archive form and the
    # latest-news tabs stay out.
    Guard(
        "unseen-zh18/rthk-flights-2018.html",
        "香港航空往來沖繩4航班延至今日出發",
        None,
        "2018-07-02T12:58",
        "香港航空宣布，昨日延誤的4班往來香港至沖繩航班，將改為今日出發。（港台圖片）",
        "更改後的航班編號為HX6652D、HX6653D、HX658D、HX659D。",
        ("分享工具", "新聞重溫", "報料快線", "可重溫過去12個月的新聞", "選單", "全部", "RTHK"),
    ),
    # The daily's own dispatch (``(星島日報報道)``) opens the text and gives its source; the carousel's caption, the
    # story menu, the share buttons, the related news and its teaser, the next story, the comments' heading and the
    # sidebar's lists stay out.
    Guard(
        "unseen-zh18/singtao-tariffs-2018.html",
        "美擬加碼徵25%關稅 中方：必然反制",
        None,
        "2018-08-02",
        "(星島日報報道)中美貿易戰不斷升級？！",
        "並指「單方面威脅和施壓只會適得其反」。",
        (
            "若美再加徵關稅",
            "中港股市齊急挫",
            "相關新聞",
            "美股震盪三指數齊軟",
            "下一篇",
            "最新回應",
            "即時新聞",
            "今日精彩內容",
        ),
    ),
    # The two photos' captions (``p.article-detail_caption``) leave the text and list as captions; the call to
    # like the outlet's Facebook page closing the text's element, the read-all button, the related news, the ticker
    # and the most-read list stay out.
    Guard(
        "unseen-zh18/hket-paraglider-2018.html",
        "【滑翔失蹤】飛行服務隊發放現場圖片 鍾旭華被發現在雲底陡峭山坡上",
        None,
        "2018-07-27",
        "在大嶼山玩滑翔傘失蹤6天的男子鍾旭華今日中午在大東山被尋回",
        "估計是因為電話無電。",
        ("飛行服務隊圖片", "想生活更精明", "Facebook", "閱讀全文", "相關新聞", "失蹤第5天", "熱門文章", "最新消息"),
    ),
    # The lead set above the columns opens the text, the subheadings stay in it, the photos' captions list apart
    # and the app-download line closing it leaves it; the page states no date (its address does: see below).
    Guard(
        "unseen-zh18/orientaldaily-cuhk-2017.html",
        "中大周竪峰辱華罵內地生「支那人」",
        None,
        "None",
        "繼青年新政游蕙禎和梁頌恆宣誓引發辱華風波後，昨日再爆出中文大學學生辱華事件。",
        "將他指罵在場數名人士為「支那人」的行為上綱上線視為辱華。",
        ("第一手消息請下載", "Windows Phone", "上一則", "下一則", "顯示全部", "要聞港聞", "返回頁頂", "（陳嘉順攝）"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


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


def test_reported_dateline_gives_the_source() -> None:
    """``(X報道)`` opening the text, X an outlet's name, is the outlet's own dispatch: X is the source. A reporter's
    name or ``本報`` (this paper) there is none."""
    assert extract_page("unseen-zh18/singtao-tariffs-2018.html").source == "星島日報"
    assert dateline_source("（中央社報導）行政院昨日宣布。") == "中央社"
    assert dateline_source("（記者張三報道）昨日下午。") is None
    assert dateline_source("（本報報道）昨日下午。") is None


def test_dispatch_kind_is_no_part_of_the_source() -> None:
    """``專訊`` (an exclusive dispatch), ``特訊`` and ``快讯`` after the outlet's name in the dateline's brackets
    leave the outlet whole; a plain ``讯`` and a word ending in 讯 as before."""
    assert extract_page("unseen-zh18/mingpao-coins-2018.html").source == "明報"
    assert dateline_source("【明報專訊】深水埗福榮街周六發生天降鈔票事件。") == "明報"
    assert dateline_source("【大公報特訊】記者昨日獲悉。") == "大公報"
    assert dateline_source("（中新网快讯）昨日下午。") == "中新网"
    assert dateline_source("（新京报讯 记者张三）北京市昨日宣布。") == "新京报"
    assert dateline_source("【通讯】昨日下午。") is None


def test_tip_line_closing_the_text_leaves_it() -> None:
    """The outlet's tip line (a label asking for news tips, then addresses and phone numbers alone) closing a story
    is no text of it; a hotline of the story's subject and a sentence holding an address stay."""
    assert is_tip_line("■明報報料熱線﹕inews@mingpao.com/ 9181 4676")
    assert is_tip_line("新闻热线：010-12345678")
    assert not is_tip_line("咨询热线：400-123-4567")
    assert not is_tip_line("他的投稿邮箱：a@b.com，欢迎来信。")
    assert not is_tip_line("投稿：张三")
    assert "報料" not in (extract_page("unseen-zh18/mingpao-coins-2018.html").body or "")


def test_zone_abbreviation_between_date_and_time() -> None:
    """``2018-07-02 HKT 12:58``: the zone's capitals between the date and the clock time leave the time read (no
    offset, as after the time); a lower-case word there is no zone."""
    assert parse_date("2018-07-02 HKT 12:58") == "2018-07-02T12:58"
    assert parse_date("2018-07-02 12:58 HKT") == "2018-07-02T12:58"
    assert parse_date("2023-05-03 JST 09:15") == "2023-05-03T09:15"
    assert parse_date("2018-07-02 Sat 12:58") == "2018-07-02"


def test_clock_time_before_the_date() -> None:
    """``14:36 2018/07/27`` under a daily's headline: the clock time right before the date is its time, in a whole
    value only; a separator between them, or an impossible time, leaves the date alone."""
    assert parse_date("14:36 2018/07/27") == "2018-07-27T14:36"
    assert parse_date("更新於 09:05 2018年7月27日") == "2018-07-27T09:05"
    assert parse_date("14:36 | 2018/07/27") == "2018-07-27"
    assert parse_date("25:00 2018/07/27") == "2018-07-27"
    assert extract_page("unseen-zh18/hket-paraglider-2018.html").date == "2018-07-27T14:36"


def test_bracketed_picture_credit_marks_a_caption() -> None:
    """A line closing with a bracketed picture credit (``（港台圖片）``, ``（资料图片）``) is a caption, listed as
    one."""
    caption = "香港航空宣布，昨日延誤的4班往來香港至沖繩航班，將改為今日出發。（港台圖片）"
    assert is_caption(caption)
    assert is_caption("市民在街頭排隊等候入場。（资料图片）")
    assert not is_caption("報告附上了多張統計圖表。（图表）")
    assert not is_caption("他在記者會上展示了一張圖片。")
    assert extract_page("unseen-zh18/rthk-flights-2018.html").captions == [caption]


def test_pager_label_is_no_part_of_a_related_headline() -> None:
    """The daily's next-story link (``<span>下一篇</span> <span>headline</span>``) lists the headline alone; an
    English label needs its colon."""
    titles = [item.title for item in extract_page("unseen-zh18/singtao-tariffs-2018.html").related]
    assert "中港股市齊急挫 內房最慘烈" in titles
    assert not any(title.startswith("下一篇") for title in titles)
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(4))
    links = "".join(
        f"<li><a href='/news/{i}'>{label}市議會第{i}次會議通過新的交通計劃</a></li>"
        for i, label in enumerate(["上一篇：", "下一篇 ", "Next steps: "])
    )
    html = (
        f"<html><body><article><h1>市議會通過預算</h1>{text}</article>"
        f"<div class='related'><h2>相關新聞</h2><ul>{links}</ul></div></body></html>"
    )
    article = newsmend.extract(html, url="https://example.com/news/budget")
    assert [item.title for item in article.related] == [
        "市議會第0次會議通過新的交通計劃",
        "市議會第1次會議通過新的交通計劃",
        "Next steps: 市議會第2次會議通過新的交通計劃",
    ]


def test_call_to_like_the_outlets_page_is_no_text() -> None:
    """An invitation to like or follow the outlet's page on a social network is a call to action; prose that tells
    of a page, or asks to follow a story, is none."""
    assert is_call_to_action("想生活更精明，請讚好TOPick Facebook")
    assert is_call_to_action("歡迎關注我們的微信公眾號")
    assert not is_call_to_action("他的Facebook专页有十万人关注")
    assert not is_call_to_action("请关注事件发展。他在微博说")
    captions = extract_page("unseen-zh18/hket-paraglider-2018.html").captions
    assert len(captions) == 2
    assert all(caption.endswith("飛行服務隊圖片）") for caption in captions)


def test_daily_without_date_on_the_page_takes_its_address_date() -> None:
    """The daily's page names its source in metadata and its date nowhere but in its address, which dates it when
    given; its two subheadings stay in the text and its three captions list apart."""
    page = "unseen-zh18/orientaldaily-cuhk-2017.html"
    raw = (PAGES / page).read_bytes()
    article = newsmend.extract(raw, url="http://orientaldaily.on.cc/cnt/news/20170909/00176_010.html")
    assert article.source == "東方日報"
    assert article.date == "2017-09-09"
    assert "提高聲線爆粗 未理友人勸阻" in article.paragraphs
    assert "曾任學生會會長 死撐無道歉" in article.paragraphs
    assert len(article.captions) == 3
