"""A thirty-seventh audit on Chinese news pages from sources no audit had used, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh23/``) are saved pages from four other projects' sample folders, read in
16,000-character pieces (the pieces of each page's 1 to 12 that hold its head and its article region; scripts,
styles, menus and lists after the article not all read). The two 2012 pages and the 2016 portal's page declare
``gb2312`` and were saved so: the stored text is written back in GBK under that declaration (the declared name of
the older set, whose superset browsers and crawlers decode it with), as a crawler meets them; the other two are
UTF-8 as declared:

- FujiZ/TextExtract ``163.html``: a 2016 portal's news channel (the 2013 template, ``div#endText``), a news
  site's story copied (``来源: 观察者网``), the original headline's note above the text (``div.otitle``), two
  pictures each with its caption written out under it in the same ``<p class="f_center">`` (the ``alt`` text
  repeated: ``华人游行支援``), an ad's box set inside the last paragraph but one, the source and editor line
  (``责任编辑：马婧雯_NN2479``), the share and recommend boxes, keywords with their related stories, ads, a
  property promotion, tags and a live-streaming box after it (``163-news-peterliang-2016.html``: the head's
  scripts cut, the top menus cut to a few entries, the page after the live-streaming box -- the right column, the
  comment box and the footer -- and the scripts between the boxes cut; GBK as declared);
- qwang2505/page_analysis ``tests/sina.html`` (a portal's page despite its name): a 2012 portal's news channel, a
  Beijing daily's story on that year's chemistry Nobel prize, two pictures at the top, each followed by a
  caption line in the text's first ``<div>`` (the second one's ``alt`` repeats it), bold sub-heads, the writer's
  name with the agency's note closing the text (``徐勇（新华社供本报特稿）``), the editor's staff code
  (``(责任编辑：UN021)``), the search engine's keyword box, the related news and the right column
  (``sohu-nobel-chemistry-2012.html``: the head's scripts and the ad scripts cut, the keyword lists after two to
  four entries, the right column after its search box; GBK as declared; ``tests/news.ori.html`` is the same page
  with every character as an entity);
- jshemas/openGraphScraperPages ``xinhuanet.html``: a 2020 news agency's story, a video player opening the text,
  the gallery box and the tags' box after it (``【纠错】``, ``责任编辑：邱丽芳``), a footer whose first row is links to
  the site's pages (``新华社简介 公司官网 联系我们 我要链接 版权声明 法律顾问…``) over its copyright notice
  (``xinhuanet-xi-book-2020.html``: its scripts cut, the ticker after eight headlines, the channel menus after
  twenty; UTF-8 as declared);
- chuanky/httpClientDemo ``huanqiu.html``: a 2020 international daily's site, an agency's story in three
  paragraphs, the first in bold, a picture without ``alt`` and an ad between them, the editor (``责编：郭姝婷``), the
  rights notice, counters, a feedback box and the account's card after it (``huanqiu-japan-travel-2020.html``: the
  analytics and ad scripts shortened or cut; UTF-8 as declared);
- wangxian/cnbetarss ``tests/news.html``: a 2012 tech news site's post of another portal's story, the poster's
  line under the headline (``ugmbbc发布于 2012-05-02 06:50:49``), the site's name as the metadata author, twelve
  pictures with their addresses as ``alt`` and the story's credit closing the text (``文/搜狐IT``: the portal's
  tech desk), a vote box, ratings, the comment form and the related stories (``cnbeta-rim-prototype-2012.html``:
  the share buttons' scripts, the ad scripts and seven of the pictures cut, the ratings to five, the related stories
  to five; GBK as declared).

The search also found the portal's and the paper's home pages (openGraphScraperPages' ``sohu.html``,
soniclr/crawler's ``thepaper.html``) and pages that are no news; a 2020 Hong Kong economic daily's page
(kelvinleong/surgical-mask-news-scraper) is on a site the twenty-fourth audit read. None of the pages taken is in
the dev set (by their sentences).

newsmend read the daily's story and the tech site's text right. On the agency's story the footer's row of links
was its copyright notice, for its ``版权声明`` link: a line of three links or more whose notice words are only a
link's label, stating no mark, year or rights (the link to the statement's page), is a menu and no notice
(``fields/evidence.py``); the notice under it is read instead. 3 of 798 dev pages change, copyright only, all
right: a film channel's menu gives way to its ``CopyRight © 2022 …`` line, the same agency's menu and a sports
body's legal links (``Copyright sowie allg. Geschäftsbedingungen…``) give None; a blog's footer whose notice is
a link of its own (``<a>© X 2020</a> · <a>WordPress</a> · …``) stays one. On the 2016 portal's and the 2012 portal's
pages the captions written out under their pictures were not listed: a line that is the ``alt`` text of the
picture right before it (since the previous block ended, parsed in ``html/parse.py``: ``Block.pictured``) is a
caption, listed and kept in its place, unless it is a link or the picture an avatar (an account's name beside
it: two dev forum threads listed their posters so) (``fields/evidence.py``). 11 of 798 dev pages change, captions
only, all right (photo legends, a painting's title, a car's model, rod makers' pictures, two portal stories'
captions with their credits). On the tech site's post the metadata's author, the site's own name ``cnBeta``, was
the author though the text credits another outlet's desk (``文/搜狐IT``, which no name reading takes for a person):
a labelled credit in the text that names no person now keeps the metadata's outlet from standing in as the author
(``fields/readers.py``; 4 of 798 dev pages change, author only, all to None: two sites whose byline names the
site itself, labelled None, and a portal's cricket desk). Not changed: the 2012 portal's closing signature
(``徐勇（新华社供本报特稿）``) stays the text's last line with no author read from it, and its editor's staff
code alone is no editor; the daily's account card (``环球时报新媒体``) is no source. trafilatura reads the 2012
portal's GBK page as mojibake (Cyrillic letters, dated 2002), opens the daily's and the 2016 portal's texts with the
headline, closes the daily's with the feedback box's thanks, the 2016 portal's with the related stories and the
tech site's with the ratings' title, names ``网易版权所有`` the site, reads the tech site's poster line as the author
(``Ugmbbc发布于 ; 次阅读 字体： 大 小 打印预览``) and keeps the agency's suffix in its title; readability closes the
agency's text with the editor's name, the 2016 portal's with the editor's line and the tech site's with its credit,
and keeps the agency's suffix too.

The pages were not rebuilt whole on disk (9,000 to 177,000 characters each): each fixture was checked against the
pieces read, its fields and the body's lines as the page's article region gives them.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend

GUARDS = [
    # A copied story: the captions written under both pictures open the text, listed once; the original
    # headline's note, the ad, the source and editor line, the share boxes, the keywords' related stories and the
    # promotions stay out.
    Guard(
        "unseen-zh23/163-news-peterliang-2016.html",
        "美华人为梁彼得请愿签名 43城万人游行声援(图)",
        None,
        "2016-02-21T11:05:50",
        "华人游行支援",
        "这样的规模距离争取在美华人应得权利仍显不足。",
        ("原标题", "本文来源", "马婧雯", "分享到", "关键词阅读", "美国华裔警察误杀案", "更多热门房源", "美女直播"),
    ),
    # A daily's story on a portal: the pictures' lines open the text; the signature closes it; the editor's
    # staff code, the keyword boxes, the related news and the search box stay out.
    Guard(
        "unseen-zh23/sohu-nobel-chemistry-2012.html",
        "化学诺奖“跨界”医学 蛋白受体研究具奠基性",
        None,
        "2012-10-11T02:30",
        "罗伯特·莱夫科维茨 1943年在美国出生",
        "徐勇（新华社供本报特稿）",
        ("责任编辑", "UN021", "本文相关推荐", "相关新闻", "我来说两句", "保存到博客", "搜狗搜索", "承认钓鱼岛"),
    ),
    # An agency's story: the dateline opens the text; the player, the gallery box, the tags' box, the share box,
    # the next story and the footer stay out.
    Guard(
        "unseen-zh23/xinhuanet-xi-book-2020.html",
        "中共中央办公厅转发《中央宣传部、中央组织部关于认真组织学习〈习近平谈治国理政〉第三卷的通知》",
        None,
        "2020-07-08T18:00:55",
        "新华社北京7月8日电 近日，中共中央办公厅转发了",
        "乘势而上开启全面建设社会主义现代化国家新征程的磅礴力量。",
        ("图集", "纠错", "责任编辑", "邱丽芳", "关注新华网", "下一篇", "舞姿曼妙", "版权声明", "Copyright"),
    ),
    # A daily's copy of an agency's story: the bold lead opens the text; the editor, the rights notice, the
    # counters, the feedback box and the account's card stay out.
    Guard(
        "unseen-zh23/huanqiu-japan-travel-2020.html",
        "日媒：日本将取消对中国旅行禁令",
        None,
        "2020-10-08T10:17",
        "据日媒当地时间周四报道称，日本政府计划在下个月取消",
        "不要前往上述国家和地区进行旅行。",
        ("责编", "版权作品", "阅读数", "不感兴趣", "投诉", "环球时报新媒体", "热门图集"),
    ),
    # A tech site's post of a portal's story: no author (the credit names the portal's desk, the metadata the
    # site); the poster's line, the credit, the vote box, the ratings, the comment form and the related stories
    # stay out.
    Guard(
        "unseen-zh23/cnbeta-rim-prototype-2012.html",
        "[多图]RIM向开发者提供新原型机 放弃物理键盘",
        None,
        "2012-05-02T06:50:49",
        "今天，黑莓制造商RIM在奥兰多召开“黑莓世界大会”。",
        "它的软件开发也落后对手。",
        ("搜狐IT", "发布于", "顶一下", "上一篇资讯", "对本文中的事件", "现在评论本文", "相关资讯", "BB10应用揭示"),
    ),
]

_SENTENCE = "市议会周一开会，经过长时间辩论后就明年的预算进行了表决，多数议员投了赞成票。"


def _page(article: str, footer: str = "", head: str = "") -> bytes:
    """A news page: a headline, ``article`` (after three paragraphs of text) and ``footer`` after the article; the
    title names the site (``Example.COM``)."""
    text = "".join(f"<p>第{i}段：{_SENTENCE}</p>" for i in range(3))
    return (
        f"<html><head><meta charset='utf-8'>{head}<title>市议会通过预算_Example.COM</title></head><body>"
        "<h1>市议会通过预算</h1>"
        f"<div class='article'>{text}{article}</div><div class='footer'>{footer}</div></body></html>"
    ).encode()


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_fields_around_the_texts() -> None:
    """The sources, editors, copyright notices and charsets the pages state, as read."""
    portal = extract_page("unseen-zh23/163-news-peterliang-2016.html")
    assert (portal.source, portal.editor, portal.encoding) == ("观察者网", "马婧雯", "gb18030")
    agency = extract_page("unseen-zh23/xinhuanet-xi-book-2020.html")
    assert (agency.source, agency.editor) == ("新华网", "邱丽芳")
    assert agency.copyright == "Copyright © 2000 - 2020 XINHUANET.com All Rights Reserved."
    daily = extract_page("unseen-zh23/huanqiu-japan-travel-2020.html")
    assert daily.editor == "郭姝婷"
    assert daily.copyright == "版权作品，未经环球网 huanqiu.com 书面授权，严禁转载，违者将被追究法律责任。"
    assert extract_page("unseen-zh23/sohu-nobel-chemistry-2012.html").source == "北京晨报"


def test_menu_linking_to_the_statement_is_no_notice() -> None:
    """A footer row of links, one of them to the copyright statement's page (``版权声明``), states no rights: the
    notice under it is the page's; a notice outside the links or linked whole stays one."""
    links = "".join(f"<a href='/{i}'>{w}</a> " for i, w in enumerate(("关于我们", "版权声明", "联系我们", "广告服务")))
    menu = f"<div class='links'>{links}</div>"
    assert newsmend.extract(_page("", menu)).copyright is None
    notice = "<p>Copyright © 2000 - 2020 EXAMPLE.com All Rights Reserved.</p>"
    assert newsmend.extract(_page("", menu + notice)).copyright == notice[3:-4]
    linked = "<div><a href='/'>© 市民日报 2020</a> · <a href='/wp'>WordPress</a> · <a href='/rss'>RSS</a></div>"
    assert newsmend.extract(_page("", linked)).copyright == "© 市民日报 2020"  # the links after it go
    after = "<div><a href='/a'>About</a> | <a href='/p'>Privacy</a> | <a href='/t'>Terms</a> © 2022 Example</div>"
    assert newsmend.extract(_page("", after)).copyright == "© 2022 Example"


def test_caption_written_out_under_its_picture_is_listed() -> None:
    """A line repeating the ``alt`` text of the picture right before it is its caption: listed and kept in the
    text; a line after a picture with another ``alt``, a linked name and an avatar's account name are none."""
    caption = "市民在广场上观看升旗仪式"
    article = newsmend.extract(_page(f"<p class='f_center'><img src='/a.jpg' alt='{caption}'><br>{caption}</p>"))
    assert article.captions == [caption]
    assert caption in article.paragraphs
    assert newsmend.extract(_page(f"<p><img src='/a.jpg' alt='升旗'><br>{caption}</p>")).captions == []
    linked = f"<p><img src='/a.jpg' alt='{caption}'><a href='/b'>{caption}</a></p>"
    assert newsmend.extract(_page(linked)).captions == []
    avatar = "<div><img src='/user/avatar/12.gif' alt='hadieplayer'><span>hadieplayer</span></div>"
    assert newsmend.extract(_page(avatar)).captions == []


def test_captions_under_the_portals_pictures() -> None:
    """The 2016 portal's two pictures share one caption, listed once; of the 2012 portal's two picture lines the
    second repeats its picture's ``alt`` (the first's ``alt`` is the headline's words) and is listed."""
    assert extract_page("unseen-zh23/163-news-peterliang-2016.html").captions == ["华人游行支援"]
    article = extract_page("unseen-zh23/sohu-nobel-chemistry-2012.html")
    assert article.captions == [article.paragraphs[1]]
    assert article.paragraphs[1].startswith("布赖恩·科比尔卡1955年在美国出生")


def test_credit_naming_no_person_keeps_the_metadata_outlet_out() -> None:
    """A writer's credit in the text naming an outlet's desk (``文/搜狐IT``) credits no person: the site's name in
    the metadata (``Example``, as the title names the site) does not stand in as the author; a credit naming a
    person is the author, and with no credit the metadata's name stands."""
    head = "<meta name='author' content='Example'>"
    assert newsmend.extract(_page("<p>文/搜狐IT</p>", head=head)).author is None
    assert newsmend.extract(_page("<p>文/张三</p>", head=head)).author == ["张三"]
    assert newsmend.extract(_page("", head=head)).author == ["Example"]
