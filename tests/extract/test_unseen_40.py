"""A fortieth audit on Chinese news pages from sources no audit had used, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh24/``) are saved pages from two of the sample folders the
thirty-seventh audit found, read in 16,000-character pieces (the pieces of each page's 2 to 12 that hold its head
and its article region). Of the other ``html`` files of those five repositories, besides the five pages that
audit took: a UTF-8 copy of its 2016 portal page (FujiZ/TextExtract ``test/163utf8.html``), a reader app's shells
(wangxian/cnbetarss ``show.html``, ``tests/test.html``), a news site's microblog post (openGraphScraperPages
``weibo.html``), a software maker's security bulletin on its own site (``360.html``, its text past 48,000
characters of menus: not taken in the time), home pages, and by their names a blog, a streaming site, a search
engine and shops (``csdn``, ``zhanqi``, ``baidu``, ``taobao``, ``tmall``: not opened); the rest are not Chinese. The
search for more (the code corpus, saved portal templates) found scrapers and templates, no further saved story,
before the deadline:

- FujiZ/TextExtract ``test/163_2.html``: a 2016 portal's news channel (the 2013 template, ``div#endText``), a
  Guangzhou daily's story on the retirement age copied (``来源: 信息时报(广州)``), the original headline's note
  above the text (``div.otitle``), bold sub-heads, formulas one to a line, an ad's box set inside a paragraph, the
  source, writer and editor line (``本文来源：大洋网-信息时报  作者：吴瑕``, ``责任编辑：刘洋_NN2531``), the share and
  recommend boxes, keywords with their related stories, a property promotion and tags after it
  (``163-news-retirement-2016.html``: the head's scripts cut, the top menus cut to a few entries, the scripts and
  styles between the boxes cut, the page after the tags -- its last 120,000 characters, not read -- not taken;
  GBK under its ``gb2312`` declaration, as a crawler meets it);
- jshemas/openGraphScraperPages ``qq.html``: a 2020 portal's self-media channel, a Shanghai site's story
  (``东方网·纵相新闻记者 单珊``, bold, under the editor's summary ``div.introduction``), the account's link in the
  left tool column naming it with the platform's badge (``<a class="author"><div>纵相新闻</div><span
  class="qiehao">企鹅号</span></a>``), three pictures without ``alt``, the platform's disclaimer closing the text
  (``免责声明：本文来自腾讯新闻客户端自媒体…``), an empty comment box and the footer's links and notice
  (``qq-serbia-protest-2020.html``: the stats and ad scripts cut, the share box's QR code's data address shortened,
  the more-channels menu to nine entries; UTF-8 with no charset declared, as saved: the page declares none, so the
  fixture tests the detector's path).

None of the pages is in the dev set (by their sentences).

newsmend read the 2016 portal's page right: the daily's writer from the source line (``吴瑕``), the outlet it names
(``大洋网-信息时报``), the editor without the staff code, the five keyword stories as related, and a text from the
first paragraph to the note under the formulas, the original headline's note, the ad, the editor's line and the
boxes after it left out. On the 2020 portal's page the author was ``企鹅号``, the badge the platform sets after the
account's name in the author link: the account (``纵相新闻``) is an outlet's name and drops out as such, leaving the
badge. The text's byline names the reporter, but as ``<outlet>记者 <names>`` only for a single outlet's name;
this one's outlet is a group's site and its news brand joined by a middle dot (``东方网·纵相新闻``), so the line was
no credit. Now such an outlet reads as one (``fields/lines.py``): the reporter is the author (``单珊``) and the
outlet the source, and the line leaves the text as other bylines do. And a credited name that is a platform's
account badge (two Han characters naming the platform, then 号: 企鹅号, 百家号, 头条号) is no person
(``fields/readers.py``): without the byline the page has no author. Neither change moves any of the 798 dev pages.
Not changed: the platform's disclaimer closing the text is read as the page's copyright notice over the footer's
``Copyright © 1998 - 2020 Tencent. All Rights Reserved``, as disclaimers are by design (``fields/lines.py``: a
disclaimer is a notice like a copyright line); the editor's summary opening the text stays its first paragraph
(it repeats a later one). trafilatura opens the 2016 portal's text with the headline, closes it with the keyword
stories and names ``网易版权所有`` the site, and reads ``纵相新闻 企鹅号`` as the 2020 page's author, dated by its
metadata's next day; readability keeps both sites' suffixes in the titles, closes the 2016 portal's text with the
editor's line and the 2020 page's with the disclaimer.

The pages were not rebuilt whole on disk (19,000 and 178,000 characters): each fixture was checked against the
pieces read, its fields and the body's lines as the page's article region gives them.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.lines import labelled_values

GUARDS = [
    # A copied story: the first paragraph opens the text, the note under the formulas closes it; the original
    # headline's note, the ad, the source and editor line, the share boxes, the keyword stories and the
    # promotions stay out.
    Guard(
        "unseen-zh24/163-news-retirement-2016.html",
        "人社部举例说明渐进式推进延退:1年延迟3个月",
        ["吴瑕"],
        "2016-03-01T02:39:29",
        "信息 中国人力资源和社会保障部部长尹蔚民在国新办昨天举行的新闻发布会上表示",
        "结果均为最大退休年龄。",
        ("原标题", "本文来源", "刘洋", "分享到", "关键词阅读", "有国企退休后", "更多热门房源", "聚合阅读"),
    ),
    # A self-media copy of a site's story: the reporter from the byline, not the platform's badge; the editor's
    # summary opens the text, the byline, the account link, the disclaimer, the comment box and the footer stay out.
    Guard(
        "unseen-zh24/qq-serbia-protest-2020.html",
        "烧警车、闯议会、要求总统辞职，塞尔维亚宵禁引发十年最大规模抗议",
        ["单珊"],
        "2020-07-08T16:37:45",
        "今日俄罗斯评价称，此次抗议游行是塞尔维亚十年来规模最大的一次。",
        "室内公共场所强制要求戴口罩等措施。",
        ("纵相新闻记者", "企鹅号", "免责声明", "用微信扫描二维码", "关于腾讯", "Copyright"),
    ),
]

_SENTENCE = "市议会周一开会，经过长时间辩论后就明年的预算进行了表决，多数议员投了赞成票。"


def _page(article: str) -> bytes:
    """A news page: a headline, then ``article`` before three paragraphs of text."""
    text = "".join(f"<p>第{i}段：{_SENTENCE}</p>" for i in range(3))
    return (
        "<html><head><meta charset='utf-8'><title>市议会通过预算_Example.COM</title></head><body>"
        f"<h1>市议会通过预算</h1><div class='article'>{article}{text}</div></body></html>"
    ).encode()


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_fields_around_the_texts() -> None:
    """The sources, editors, related stories and charsets the pages state, as read."""
    portal = extract_page("unseen-zh24/163-news-retirement-2016.html")
    assert (portal.source, portal.editor, portal.encoding) == ("大洋网-信息时报", "刘洋", "gb18030")
    assert [r.title for r in portal.related][-1] == "有国企退休后比退休前收入高"
    assert len(portal.related) == 5
    selfmedia = extract_page("unseen-zh24/qq-serbia-protest-2020.html")
    assert (selfmedia.source, selfmedia.encoding) == ("东方网·纵相新闻", "utf-8")


def test_reporter_of_a_group_sites_news_brand() -> None:
    """``<site>·<brand>记者 <names>`` credits the reporters of the brand the site runs, as ``<outlet>记者`` does;
    a name before the dot that ends like no outlet makes no outlet."""
    values = labelled_values("东方网·纵相新闻记者 单珊")
    assert [(v.field, v.value) for v in values] == [("source", "东方网·纵相新闻"), ("author", "单珊")]
    assert labelled_values("新京报·张三记者 李四") == []
    article = newsmend.extract(_page("<p><strong>东方网·纵相新闻记者 单珊</strong></p>"))
    assert (article.author, article.source) == (["单珊"], "东方网·纵相新闻")
    assert not any("记者" in p for p in article.paragraphs)


def test_platform_account_badge_is_no_author() -> None:
    """A self-media platform's badge after the account's name in its author link (``企鹅号``) names the kind of
    account, no person; a person's name in such a link is still the author."""
    link = "<div class='tool'><a class='author' href='/omn/author/1'><div>{}</div><span>企鹅号</span></a></div>"
    assert newsmend.extract(_page(link.format("纵相新闻"))).author is None
    assert newsmend.extract(_page(link.format("王小明"))).author == ["王小明"]
