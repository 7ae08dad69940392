"""A sixtieth audit on Chinese news pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh33/``) come from two sources, read in 16,000-character pieces and
transcribed trimmed. Two from lostmypillow/dms-scrape's ``test/``, the two no audit had taken:

- ``test/tested/chinatest.js``: a 2024 Taiwanese business daily's story on cheap 5G phones as a news portal of the
  same group runs it (``chinatimes.com/newspapers/…``, ``工商時報`` in its breadcrumb and source line), saved as the
  browser's DOM inside a JavaScript template string (no ``<html>``, ``<head>`` or ``<body>`` tag: the DOM opens with
  its ``<meta charset>``), the headline in ``h1.article-title`` over a standfirst in ``h2.article-sub-title``, a
  ``<time>``, ``div.source`` and ``div.author`` of two reporters (``侯冠州、張珈睿``) while every ``<meta>`` names
  the portal as author, a lead ``<figure>`` whose caption ends ``圖／新華社``, a chart's ``<figure>`` opening
  ``div.article-body``, an ad slot between the first two paragraphs, an in-read video player (its title
  ``AI、百貨加持黃金地段 「忠孝苑」林口新地標``), tags, a promoted link and a sidebar of trending stories
  (``chinatimes-ctee-5g-phones-2024.html``: read in the pieces holding the head and the article region, 96,000 of
  438,863 characters; the template string's wrapper, the origin-trial tokens, most menu items, the video player's
  SVG paths and controls but its title cut, the sidebar's list to three items and the page after it, not read, cut);
- ``test/investor.html``: a 2024 Taiwanese financial wire's mobile page on Morgan Stanley's note on the iPhone SE4
  (``investor.com.tw/mobile``), its ``<title>`` the wire's name only (``財訊快報``) and the headline in
  ``og:title`` and ``h2.page-name``, ``div.time`` (``2024/10/17　09:09``) under it, the credit opening the first
  paragraph in brackets (``【財訊快報／陳孟朔】摩根士丹利…``), an ad slot between the two paragraphs, the second
  holding two paragraphs set apart by ``<br>`` and closed by four more, a ``相關新聞`` list of eighteen dated
  stories and a footer with the publisher's address and notice (``investor-iphone-se4-2024.html``: read whole,
  33,258 characters; the ad scripts, the inline style sheet, most of the hidden side menu, the related list to
  eight items and the footer's banner rotator to two cut).

Two from abhay123lp/newshtmlextractor's ``trunk/temp4/``, a mainland portal's entertainment stories (the folder
holds no other channel of it) of the two years the forty-fifth audit left, read whole, GB2312-declared, transcribed
with the scripts' bodies, the commented-out ad lists and most list items cut, written back in GBK under the page's
own declaration:

- ``http___ent.163.com_08_0419_12_49T2UCG500032DGD.html``: a 2008 copy of a Beijing daily's story on an actor's
  wedding photos (the 2007 template, saved in 2012), a menu of the channel's sections under the logo (``明星 - 图片
  - 电影 …``, the first linked to ``http://ent.163.com/people/``), the info bar under the headline (``2008-04-19
  12:18:00　来源: 京华时报(北京)　网友评论 0 条 进入论坛``), one paragraph under an uncaptioned picture, then
  ``(本文来源：京华时报 )`` after two ``<br>``, the vote buttons, a tag box of five related stories, the channel's
  ranking lists, picture and blog picks, the right column and the footer (``163-ent-tong-dawei-wedding-2008.html``:
  30,583 characters);
- ``http___ent.163.com_06_0330_11_2DF8VNA500031NJO.html``: a 2006 copy of the same daily's story on a film's
  casting (the 2006 template: ``div.arcTitle``, ``div#text`` of ``<P style="TEXT-INDENT: 2em">`` paragraphs, many
  empty), the info bar with a ``发给好友`` button between the source and the comment link, a picture and an ad table
  over the text, the first paragraph opening with the reporter's credit in mismatched brackets (``（<FONT>记者/
  易东方</FONT>)由吴宇森执导的…``), a most-commented list, the comment form, the right column's ads and the footer
  (``163-ent-red-cliff-2006.html``: 23,203 characters).

None is in the dev set (by their sentences).

newsmend read the daily's story right: the headline, both reporters from ``div.author`` (not the portal the
metadata names), the daily as the source, the time, the text from the first paragraph to the last with the ad
slot, the video player's title, the tags and the promoted link out, both captions listed, the sidebar's stories
as related; trafilatura reads the text alike (and the title with the section's tail, the reporters as one name),
readability keeps the chart's caption and the tags in it. Left as found: the address is ``og:url``'s, which adds
the portal's ``?chdtv`` query to the canonical link's.

The wire's page was read with its headline, time, text and notice right, but its writer missing and its source
``相關新聞``: two fixes. The bracketed credit opening the first paragraph (``【財訊快報／陳孟朔】``, the outlet and
the reporter about a slash, as Taiwanese sites print a credit on a line of its own: ``TVBS新聞網／張三``) was no
dateline newsmend knew: a credit in brackets opening the paragraph whose content is such an outlet's credit names
the outlet as the source and the reporter as the author (``fields/people.py``, :data:`_BRACKETED_CREDIT_RE` in
``dateline_source`` and ``dateline_reporters``). The source ``相關新聞`` was the related list's heading: the text
ends within the window of blocks read under the headline, and the heading over the list's first dated item read
as the outlet of a date standing alone; the lines past the body's end credit no outlet (``fields/evidence.py``,
``_text_end``: their dates still count, a podcast's or a blog's under a short text, trafilatura-eval t0275 and
t0609). Neither change moves a dev page. trafilatura reads no author, keeps the breadcrumb, the time and the
related list's heading in the text; readability titles it ``財訊快報``.

The portal's 2008 story was credited to ``明星`` (stars), the section menu's first link: ``/people/`` names an author's
page (:data:`_AUTHOR_HREF_RE`), and a link to it in any block before the body credits its text. A link to the
segment alone is the index of a site's people or a channel named so, no one's page: the person's part must follow
(``fields/evidence.py``, ``_AUTHOR_HREF_RE``). Its source, time, text and notice were right.

The 2006 story credited no one and its source was ``京华时报 (北京)``. The reporter's credit in brackets opening the
paragraph, with no dateline before it and a slash after ``记者``, was read only after a dateline (``某报讯（记者
张三）``) and with a space: the dateline is now optional before brackets that open the paragraph, and a slash may
follow ``记者`` or ``通讯员`` as it follows ``文`` (``fields/people.py``, ``_DATELINE_REPORTERS_RE``). A place in
brackets after the outlet's name (``京华时报(北京)``, the city the daily is based in) is no part of the name, as an
unbracketed place after it is not (``fields/people.py``, :data:`_BRACKETED_PLACE_RE` in ``_before_place_or_button``).
None of the three changes moves a dev page. trafilatura reads the portal's pages' text alike (the 2008 one
mis-decoded from its bytes), with no author and the title's ``_网易娱乐`` tail; readability reads both texts right.
Left as found: the 2008 story's closing ``(本文来源：京华时报 )`` leaves the text (a line of its own after two
``<br>``, read as the source line; the 2009 story's, inside its last paragraph, stays), and both pages' lists of
other stories (the tag box, the rankings, the picks) are read as related, as the forty-fifth audit's were.
"""

from __future__ import annotations

import pytest
from tests.support.pages import PAGES, Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.evidence import _AUTHOR_HREF_RE
from newsmend.fields.people import dateline_reporters, dateline_source, tidy_source

CHINATIMES = "unseen-zh33/chinatimes-ctee-5g-phones-2024.html"
INVESTOR = "unseen-zh33/investor-iphone-se4-2024.html"
NETEASE_2008 = "unseen-zh33/163-ent-tong-dawei-wedding-2008.html"
NETEASE_2006 = "unseen-zh33/163-ent-red-cliff-2006.html"

GUARDS = [
    # Read right: both reporters, the time, the text from the first paragraph to the last; the standfirst, the
    # captions, the font-size buttons, the share bars, the video player, the tags, the promoted link and the sidebar
    # out.
    Guard(
        CHINATIMES,
        "品牌邀晶片商 攻低價5G手機",
        ["侯冠州", "張珈睿"],
        "2024-08-20T04:10:00+08:00",
        "隨著全球5G網路普及，5G手機滲透率愈來愈高",
        "其他供應商預計將緊跟其後。",
        (
            *("根據研調", "圖／新華社", "5G智慧手機全球年度出貨量", "字級設定", "分享至"),
            *("忠孝苑", "閱讀全文", "美國大選", "颱風"),
        ),
    ),
    # The reporter the bracketed credit names, the time, the text from the credit's paragraph to the share price;
    # the breadcrumb, the related list and the footer out.
    Guard(
        INVESTOR,
        "大摩報告指稱，供應鏈跡象顯示，蘋果iPhone SE4已開始備貨",
        ["陳孟朔"],
        "2024-10-17T09:09",
        "【財訊快報／陳孟朔】摩根士丹利(大摩)最新發布的報告指出",
        "在美個股排名第三。",
        ("國際財經", "相關新聞", "小馬智行", "財金文化", "新聞查詢", "粉絲團"),
    ),
    # No one (the section menu's ``明星`` is no writer), the time, the one paragraph; the closing source line, the
    # vote buttons, the tag box, the rankings, the picks and the footer out.
    Guard(
        NETEASE_2008,
        "佟大为高价卖婚照未果 杂志社担心网站抢先(图)",
        None,
        "2008-04-19T12:18:00",
        "前日，内地当红小生佟大为与关悦在北京索菲特酒店7层宴会厅举行婚礼。",
        "新娘的婚纱和钻戒都是由赞助商提供的，价值不菲。",
        (
            *("本文来源", "来顶一下", "写进博客", "返回首页", "佟大为挎LV包"),
            *("点击排行", "图片推荐", "发表了看法", "进入论坛"),
        ),
    ),
    # The reporter the opening brackets credit, the time, the text from the credit to the last paragraph; the
    # menus, the info bar, the most-commented list, the comment form, the ads and the footer out.
    Guard(
        NETEASE_2006,
        '"赤壁"吴宇森采景 周润发没被换',
        ["易东方"],
        "2006-03-30T11:54:25",
        "（记者/易东方)由吴宇森执导的史诗片《赤壁之战》昨天被惊曝一则假新闻",
        "对于最早传言张静初出演小乔一事，董平更表示是无中生有。",
        ("频道直达", "娱乐中心", "发给好友", "网友评论", "热门评论", "大家有何高见", "通行证", "ebay", "意见反馈"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda g: g.page.split("/")[-1])
def test_unseen_60_page_reads_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_daily_reads_its_source_captions_and_sidebar() -> None:
    article = extract_page(CHINATIMES)
    assert article.source == "工商時報"
    assert sorted(article.captions) == [
        "5G智慧手機全球年度出貨量",
        "根據Counterpoint報告，下一波5G手機的成長動能來自於印度、拉丁美洲等新興市場。圖／新華社",
    ]
    assert [item.title for item in article.related][:1] == ["續放颱風假？18縣市達停班停課標準 最新風雨預報出爐"]


def test_bracketed_outlet_credit_names_source_and_reporter() -> None:
    """``【財訊快報／陳孟朔】`` opening the first paragraph: the outlet and its reporter about a slash, in brackets.
    Its content reads as a credit on a line of its own does (``TVBS新聞網／張三``): the outlet the source, the
    reporter the author; a column's tag in the same brackets names neither."""
    article = extract_page(INVESTOR)
    assert article.source == "財訊快報"
    assert article.author == ["陳孟朔"]
    assert dateline_source("【TVBS新聞網／記者張三 李四】今天") == "TVBS新聞網"
    assert dateline_reporters("【TVBS新聞網／記者張三 李四】今天") == ["張三", "李四"]
    assert dateline_source("【專題】某某市今天宣布") is None
    assert dateline_reporters("【專題】某某市今天宣布") == []


def test_related_list_heading_past_the_text_is_no_outlet() -> None:
    """Without its bracketed credit, the wire's story names no outlet in its text: the related list's heading
    (``相關新聞``), over the first item's date within the blocks read under the headline, was read as the outlet of
    a date standing alone. The lines past the body's end credit no outlet: the site's name stands."""
    raw = (PAGES / INVESTOR).read_bytes().replace("【財訊快報／陳孟朔】".encode(), b"")
    article = newsmend.extract(raw)
    assert article.source == "財訊快報"
    assert article.author is None
    assert str(article.date).startswith("2024-10-17T09:09")


def test_link_to_a_people_index_credits_no_one() -> None:
    """The portal's section menu links its stars' channel at ``/people/``, the segment of an author's page: the
    story was credited to ``明星``. A link to the segment alone is an index, no one's page."""
    assert extract_page(NETEASE_2008).author is None
    assert extract_page(NETEASE_2008).source == "京华时报"
    assert _AUTHOR_HREF_RE.search("http://ent.163.com/people/") is None
    assert _AUTHOR_HREF_RE.search("https://example.com/people/?page=2") is None
    assert _AUTHOR_HREF_RE.search("https://example.com/people/jane-doe") is not None
    assert _AUTHOR_HREF_RE.search("https://example.com/author/jane-doe/") is not None


def test_reporter_in_brackets_opening_the_paragraph() -> None:
    """``（记者/易东方)`` opens the 2006 story's text: brackets opening the paragraph with no dateline before them,
    a slash after the label. Read as a dateline's ``（记者 张三）`` is; an aside in brackets names no one."""
    assert extract_page(NETEASE_2006).author == ["易东方"]
    assert dateline_reporters("（记者 张三）昨天，市政府宣布") == ["张三"]
    assert dateline_reporters("本报讯（记者/张三 李四）昨天，市政府宣布") == ["张三", "李四"]
    assert dateline_reporters("(记者注：本文所述为采访所得)") == []
    assert dateline_reporters("（文章来源：新华社）") == []


def test_place_in_brackets_after_the_outlet_leaves_the_source() -> None:
    """``来源: 京华时报(北京)``: the city the daily is based in, in brackets, spaced from the name by the link around
    it. A place there is no part of the outlet's name; a bracketed aside that is no place stays."""
    assert extract_page(NETEASE_2006).source == "京华时报"
    assert tidy_source("京华时报 (北京) 网友评论 0 条") == "京华时报"
    assert tidy_source("新华网（北京）") == "新华网"
    assert tidy_source("人民日报（海外版）") == "人民日报（海外版）"
