"""A fifty-third audit on Chinese news pages outside the dev set, and what newsmend reads on them.

The pages are article HTML that Chinese scrapers, apps and tests kept in their sources, found by the comment a
Founder publishing system writes into its stories (``<!--enpproperty <articleid>…</articleid><date>…</date>…
/enpproperty-->``) and by a portal's ``<meta name="mediaid">``, read whole and transcribed (UTF-8; the first two
with no ``<html>`` or ``<head>`` around them, each the article's region as its scraper kept it), in
``tests/fixtures/pages/unseen-zh29/``:

- the ``CONTENT`` of a news item in a Java bean's doc comment of a county app (``PressselectCollectPress.java``,
  the item ``http://www.21xc.com/content/201704/06/c369299.html``): a Henan city daily's 2017 story on its
  ten-second advertisement on CCTV-1, as the site's mobile template renders it, the headline in
  ``h1.ui-article-title``, an info bar of ``<time> 时间：2017-04-06 07:30:37 </time>`` and two ``span.source``
  labels the editors left empty (``来源：``, ``作者：``), two pictures and their caption ``图为宣传片视频截图。``, three
  paragraphs, the publishing system's comments, and a whole older story on a job fair left in an HTML comment after
  the text (``21xc-xuchang-cctv-ad.html``: the commented-out story cut to four of its paragraphs);
- a string in a Python scraper's HTML cleaner (a commented-out sample, ``s = '''<div class=\\"u-mainText\\">…'''``,
  its escapes resolved): a national daily's site's 2019 photo story of tea picking in Wuyishan, a Xinhua picture
  story in five pages of one picture each, which the scraper had joined; the fixture is the first page's
  ``div.u-mainText`` (``gmw-wuyishan-tea.html``): the picture linking to page 2, its caption in ``p.pictext``, one
  paragraph and the photographer's credit ``新华社发（陈颖 摄）``, the pager, and the bracketed editor line
  ``[ 责编：张佳兴 ]``;
- a Python test's sample page (a field-extraction package's unit test, its ``self.html``): a
  portal's 2024 self-media (搜狐号) post on buying one's boss milk tea, whole: the account's card in a left column,
  the headline, the time and ``发布于：湖南省``, two paragraphs with three pictures between, the last closed by the
  portal's glued back link ``返回搜狐，查看更多``, the platform's disclaimer, and script-filled slots for comments,
  recommendations and the side bar (``sohu-workplace-milk-tea.html``: the menu cut to five sections, the data
  script to its scalar fields, the loader and tracking scripts cut).

None is in the dev set (by URL and by their sentences). On the city story newsmend read the headline, the
time, the caption (listed, and kept as the text's first line, as trafilatura and readability keep it, and as the
dev set's labels keep such lines) and the three paragraphs, the commented-out story and the system's comments out;
but its source was ``来源``: the empty ``span.source`` label, read as an outlet's one word. Fixed
(``fields/evidence.py``, ``_unlabelled_source``): a word closing on a colon is a label whose value was left empty,
no outlet (0 of 798 dev pages change). On the photo page newsmend read the date from the system's comment (the
fragment has no other; trafilatura reads it too), the editor, and the text from the caption to the credit, the
pager and the editor line out (trafilatura keeps ``[ 责编：张佳兴 ]`` in its text; readability keeps it and repeats
the text). Left as found: no title (the fragment has neither ``<title>`` nor headline; trafilatura has none either)
and the ``p.pictext`` caption stays a line of the text, as the project keeps a picture's text inside the body
(readability's gmw.html). On the five pages joined as the scraper stored them, the text stops after the third
page's credit, the first two editor lines left in it: a scraper's joined pages, not a page a site serves, so
left as found. On the portal post newsmend read the headline without the keywords the ``<title>`` appends
(trafilatura and readability keep them: ``职场下午茶，如何把握？_领导_奶茶_方式``), the time, the two paragraphs, the
disclaimer as the copyright notice, no author (the account's name is no writer's, as on the dev set's posts of
that portal); but read without an address its address was ``www.sohu.com/a/749607511_121846184``, the ``og:url``
the portal writes without its scheme. Fixed (``fields/build.py``, ``_own_address``): an ``og:url`` without a
scheme gives way to the canonical link on its host (0 of 798 dev pages change: the dump reads each page with its
address). ``返回搜狐，查看更多``, the back link's label glued to the last paragraph (trafilatura and readability keep
it too; on the dev set's posts of that portal it follows an editor line and leaves with it), was the text's last
words until a later session: a link closing the last sentence that leads to the front page of the page's own site
leaves the paragraph, whatever its label (``fields/evidence.py``, ``_without_pointer_link``; 0 of 798 dev pages
change: the one other such link, gne-zh's qq-2 ``返回腾讯网首页>>``, is on a page the dump reads without an address).
"""

from __future__ import annotations

import pytest
from tests.support.pages import PAGES, Guard, assert_reads_right, extract_page

import newsmend

SOHU = "unseen-zh29/sohu-workplace-milk-tea.html"
XUCHANG = "unseen-zh29/21xc-xuchang-cctv-ad.html"
WUYISHAN = "unseen-zh29/gmw-wuyishan-tea.html"

GUARDS = [
    # The headline, the time, the caption first and the last paragraph last; the empty labels, the system's
    # comments and the commented-out job fair story out.
    Guard(
        XUCHANG,
        "许昌10秒形象宣传片亮相央视一套",
        None,
        "2017-04-06T07:30:37",
        "图为宣传片视频截图。",
        "广告插播栏目中12：25左右播出。",
        ("时间：", "来源", "作者", "首页顶部主标题", "369299", "招聘会", "返乡务工人员"),
    ),
    # The headline without the keywords, the time, the first paragraph and the last; the account's card, the
    # place, the disclaimer, the reading counter and the data script out.
    Guard(
        SOHU,
        "职场下午茶，如何把握？",
        None,
        "2024-01-04T22:46",
        "身为一个员工，在单位里给领导点奶茶是一种常见的礼仪",
        "促进职场中的人际关系和合作精神。",
        (
            "骑着小木马走天下", "总阅读", "查看TA的文章", "发布于", "湖南省", "平台声明", "阅读 (", "news_id", "_领导_",
            "返回搜狐",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_empty_source_label_names_no_outlet() -> None:
    """The city story's ``span.source`` elements hold a label and nothing else (``来源：``, ``作者：``): a word
    closing on a colon is a label whose value the page left empty, so the story has no source
    (``fields.evidence._unlabelled_source``); the outlet's name there, unlabelled or labelled, is still read."""
    raw = (PAGES / XUCHANG).read_bytes()
    assert newsmend.extract(raw).source is None
    assert newsmend.extract(raw.replace(" 来源： ".encode(), b"")).source is None
    assert newsmend.extract(raw.replace(" 来源： ".encode(), " 许昌日报 ".encode())).source == "许昌日报"
    assert newsmend.extract(raw.replace(" 来源： ".encode(), " 来源：新华社 ".encode())).source == "新华社"


def test_photo_page_reads_text_editor_and_date() -> None:
    """The photo story's first page: the caption, the paragraph and the photographer's credit are the text; the
    bracketed editor line is the editor, out of the text with the pager; the date is the publishing system's
    comment's, the fragment's only one."""
    article = extract_page(WUYISHAN)
    assert article.title is None
    assert article.editor == "张佳兴"
    assert str(article.date) == "2019-04-18T11:18:16"
    assert article.paragraphs == [
        "4月17日，在福建省武夷山佛国岩芳华茶场，茶农在采摘岩茶青叶。",
        "谷雨临近，茶乡福建武夷山进入一年中繁忙的制茶季。今年，福建武夷山气候温和，茶园里茶芽长势喜人。",
        "新华社发（陈颖 摄）",
    ]


def test_publishing_system_comment_dates_only_an_undated_page() -> None:
    """The Founder system's ``<!--enpproperty <articleid>…</articleid><date>…</date>…-->`` comment dates the photo
    page, which states no other date (``html.meta.PUBLISHING_SYSTEM_DATE_KEY``); a date the page shows wins over it,
    and a comment of another shape (no article id before the date) dates nothing."""
    raw = (PAGES / WUYISHAN).read_bytes()
    shown = raw.replace(b"<!--/enpcontent--><div", "<p>2019年04月19日 08:00</p><!--/enpcontent--><div".encode(), 1)
    assert str(newsmend.extract(shown).date) == "2019-04-19T08:00"
    assert newsmend.extract(raw.replace(b"<articleid>32754452</articleid>", b"")).date is None


def test_scheme_less_og_url_gives_way_to_the_canonical_link() -> None:
    """The portal writes its ``og:url`` without a scheme (``www.sohu.com/a/…``), no address a client can fetch:
    read without an address, the post's address is its canonical link on that host
    (``fields.build._own_address``); a canonical link on another host leaves the ``og:url`` as written."""
    raw = (PAGES / SOHU).read_bytes()
    assert extract_page(SOHU).url == "https://www.sohu.com/a/749607511_121846184"
    elsewhere = raw.replace(b'href="https://www.sohu.com/a/', b'href="https://m.sohu.com/a/')
    assert newsmend.extract(elsewhere).url == "www.sohu.com/a/749607511_121846184"
    assert extract_page(SOHU).disclaimer == (
        "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"
    )


def test_a_link_to_the_sites_front_page_closing_the_text_leaves_it() -> None:
    """The portal's back link glued after the post's last sentence (``<a href="//www.sohu.com/?strategyid=00001">
    返回搜狐，查看更多</a>``) leads to the front page of the page's own site (its canonical link's): no words of the
    text. The same link to another site's front page, or to one of the portal's stories, stays."""
    raw = (PAGES / SOHU).read_bytes()
    assert extract_page(SOHU).paragraphs[-1].endswith("促进职场中的人际关系和合作精神。")
    back = b'href="//www.sohu.com/?strategyid=00001 "'
    assert back in raw
    for other in (b'href="https://www.example.org/"', b'href="//www.sohu.com/a/749607000_121846184"'):
        last = newsmend.extract(raw.replace(back, other)).paragraphs[-1]
        assert last.endswith("合作精神。返回搜狐，查看更多")


def test_a_front_page_link_is_the_sites_own_when_the_page_has_an_address() -> None:
    """A news portal's story closing with ``返回腾讯网首页>>`` (back to the portal's front page, ``http://www.qq.com/
    ?pref=article``), read with its address on a subdomain of the same site; without any address the page cannot
    tell its own front page from another site's, and the label stays."""
    raw = (PAGES / "zh-unlabelled" / "qq-2.html").read_bytes()
    article = newsmend.extract(raw, url="https://new.qq.com/omn/20191125/20191125A0ABCD00.html")
    assert article.paragraphs[-1].endswith("第三方数据行业的整顿仍将持续。")
    assert newsmend.extract(raw).paragraphs[-1].endswith("持续。返回腾讯网首页>>")
