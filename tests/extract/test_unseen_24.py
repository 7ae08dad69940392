"""A twenty-fourth audit on Chinese pages outside the dev set, and what newsmend reads on them.

(The module docstring is completed with the audit's pages.)
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

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
