"""An eighty-seventh audit on Chinese pages outside the dev set, and what newsmend reads on them: blogs and WeChat.

The search went after the page kinds the audits have fewer of (financial and sports stories, government notices, Q&A
pages, tech blogs): ``find_string`` and ``search`` on the code corpus for portal templates' markers (``id="artibody"``,
``id="endText"``, ``【责任编辑：``, ``股市有风险，投资需谨慎``, ``_中国政府网``, ``信息来源：``) found mostly scrapers'
code and templates; a blog platform's page script (``var cb_entryId``) found saved cnblogs posts. Read in
16,000-character pieces and trimmed of scripts (one variable block kept), in ``tests/fixtures/pages/unseen-zh44/``:

- a 2018 cnblogs post on MongoDB replica sets, a repository's saved copy of the page's ``div#mainContent`` (no
  ``<head>``, so no ``<title>`` or metadata; the index's file id 40701025240, its repository not named by the code
  index, the post's address written after the markup as ``参考：https://www.cnblogs.com/littleatp/p/8562842.html``): the
  headline a link in ``h1.postTitle``, the text in ``div#cnblogs_post_body`` (Markdown rendered: six numbered ``<h2>``
  sections, ``一、简介`` to ``六、读写配置``, and ``参考文档``, with bold run-in heads, lists, two tables, three code
  blocks of highlighted spans and four pictures), the writer's signature box (``作者： 美码师(zale)``, ``出处：`` and
  the platform's notice ``本文版权归作者和博客园共有…``), the category and tag lines, the recommend and follow buttons,
  the author box, the vote counts, the previous and next posts' links and the stamp ``posted @ 2018-03-13 21:51 美码师
  阅读(5101) 评论(0) 编辑 收藏`` closing the post's ``div.post``; then the comment form, four text ads, an ad slot, the
  ``相关博文：`` list with an ad after it and the ``最新 IT 新闻`` list (``cnblogs-mongodb-replica-set-2018.html``: the
  highlighting, ad and page scripts cut but the one setting ``cb_entryCreatedDate``; 19,388 characters, all the markup
  kept).
- a 2016 WeChat public-account article, an online tutoring company's user manual for its students' tablet app
  (``理优1对1学生软件用户使用手册``), a preview (``tempkey`` link, ``preview_appmsg`` class) saved whole by a repository
  (the index's file id 32198397894, 69,329 characters): the ``h2#activity-name`` headline, the meta line
  (``em#post-date`` ``2016-09-03``, an ``em`` crediting ``理优产品经理``, the account ``理优教育在线学习``), the
  account's hidden profile box, then the text in ``div#js_content``: ten sections headed by bold blue lines in boxed
  ``section.135editor`` frames (``一：如何下载理优1对1学生软件`` to ``十：如何修改密码``), numbered and lettered steps
  as paragraphs, animated screenshots, a QR code; then the hidden toolbar and the page script's variables, where ``var
  ct = "1467458454"`` (2016-07-02 11:20 UTC, the message's creation) and ``var publish_time = "2016-09-03"`` disagree
  (``weixin-leo-student-app-manual-2016.html``: the head's security and reporting scripts, the style sheet, the
  image-sizing and module-loading scripts cut, the variables script kept but its resource addresses; 35 KB).
- a 2015 cnblogs post explaining Spring's inversion of control, a saved copy of the same make (the index's file id
  40778231213, 24,858 characters, no ``<head>``): the headline a link in ``h1.postTitle``, the text in
  ``div#cnblogs_post_body``, seven sections opened by bold run-in heads inside their paragraphs (``<p><strong>1.
  IoC理论的背景</strong><br>…``), four pictures each with its caption (``图1：软件系统中耦合的对象``, in the picture's
  paragraph or the next), then an empty signature box, the category and tag lines, the buttons, the author box
  (``牧涛``, ``关注 - 6``, ``粉丝 - 290``), the vote counts, the previous and next links, the stamp ``posted @
  2015-03-03 17:38 牧涛 阅读(66125) 评论(9)``; after the post's element nine comments, each with its floor, date
  (``2017-07-13 15:41``) and commenter, the comment form, ads, the ``相关博文：`` list (five other bloggers' copies
  under the same title) and the IT news list (``cnblogs-spring-ioc-2015.html``: the text cut after its second section to
  its ``参考资料`` line and link, the comments to the first two and the last, the IT news to three; the scripts cut but
  the variables block; 17 KB).

None is in the dev set (by their sentences).

On the MongoDB post, read wrong and fixed: the title was ``一、简介``, the text's first section heading. With no
metadata title, the headline falls to the first heading read, and the body's opening ``<h2>`` was read before the
headings over the body (a blog's post title under its banner ``<h1>``). An opening heading whose tag the body holds
again heads the text's first section (``fields/readers.py``, ``_opens_sections``) and now ranks after the headings over
the body (0 dev pages change). The date was missing: the stamp stands fifteen blocks past the text, beyond the twelve
read after it (the signature box, the author box and the buttons stand between). The lines past that window that stay in
the post's own element, the innermost one holding the headline over the body and the body's first line, closing before
the page ends, give their stamps as the last of the text's dates (``fields/evidence.py``, ``_post_tail``,
``Evidence.post_stamps``; reading all of their fields took comment and teaser credits as authors on 3 dev pages; as
kept, 1 dev page changes: trafilatura-eval t0985, an international broadcaster's story, from a teaser's ``17.10.2016``
to its own ``Date 19.01.2020`` closing its article box, right). Read right: the author (the stamp's and the author box's
``美码师``), the copyright (the platform's notice in the signature box), the text from the first section's heading to
the last reference link with its sections, tables and code, the signature, the buttons, the author box, the links and
the ads out. trafilatura reads nothing (the fragment has no ``<html>`` or ``<body>``), readability the text without
title or date, and gne fails (``无法提取正文！``). Left as found: the related items are the ``相关博文`` list's five
posts, the ad after it and the ``最新 IT 新闻`` list's five stories (the site's news, no related stories; the ad is one
line of the list's box).

On the WeChat manual, read wrong and fixed: the date was ``2016-07-02T11:20:54+00:00``, the script's creation time, two
months before the day the page shows. The platform's script states that day too (``publish_time``); a creation time more
than a day from it (further than Beijing's day moves from UTC's) gives way to it (``html/meta.py``,
``_WECHAT_SHOWN_DAY_RE``, ``_near_day``: 0 dev pages change; both WeChat dev pages' times fall on their shown days;
dating every page by the day under its headline where metadata named a day further off changed 11 dev pages, mostly for
the worse: day-first misreadings, teasers' dates). trafilatura and gne read ``2016-09-03``. Read right: the title, the
account as the source, the text from the first section's heading to the last step, each step a line, the boxed headings
in place, the profile box and the toolbar out (trafilatura's text is the same; readability runs the steps into one
another and drops the first heading, gne splits each step's number from its text). Left as found: no author; the ``em``
crediting ``理优产品经理`` (the company's product manager: a role, no name) is WeChat's author slot, which trafilatura
and gne leave empty too.

The Spring post reads right: the headline, the stamp's time (twelve blocks past the text: within the window read after
it), the text from the first section's head to the reference link, each ``<br>`` line a line, the four captions listed
and kept in place; the comments, their dates and commenters, the footer and the ads out. trafilatura reads nothing,
readability the text without title or date, gne the text and the date without the title. Left as found: no author. The
author box's ``牧涛`` stands four blocks past the text, where only the two blocks right after it lend credits; reading
the credits of the whole post element's footer made it ``牧涛, 关注, 粉丝`` (the box's counter labels) and changed 13
dev pages' authors (commenters and teaser writers taken as authors): rejected. The related items are the ad under the
``相关博文`` list and the IT news (the list's five posts, all titled as this one, are left out).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.blocks import Block, Page
from newsmend.fields.evidence import _post_tail
from newsmend.fields.readers import _opens_sections
from newsmend.html.meta import _wechat
from newsmend.html.parse import parse_html

GUARDS = [
    # Read right after the fixes: the headline in the h1, the author, the stamp's time, the first section's
    # heading first and the last reference link last; the signature, the footer, the comment form and the ads out.
    Guard(
        "unseen-zh44/cnblogs-mongodb-replica-set-2018.html",
        "mongodb副本集高可用架构",
        ["美码师"],
        "2018-03-13T21:51",
        "一、简介",
        "https://docs.mongodb.com/manual/tutorial/force-member-to-be-primary/index.html",
        (
            "作者：",
            "出处：",
            "本文版权归作者",
            "分类:",
            "标签:",
            "好文要顶",
            "粉丝",
            "上一篇",
            "posted @",
            "刷新评论",
            "【推荐】",
            "相关博文",
            "最新 IT 新闻",
            "特斯拉",
        ),
    ),
    # Read right after the fix: the title, no author, the day the page shows, the first section's heading first and
    # the last step last; the meta line, the profile box and the toolbar out.
    Guard(
        "unseen-zh44/weixin-leo-student-app-manual-2016.html",
        "理优1对1学生软件用户使用手册",
        None,
        "2016-09-03",
        "一：如何下载理优1对1学生软件",
        "4. 输入手机号并输入新的密码即可重新登录",
        ("理优产品经理", "微信号", "leomath100", "功能介绍", "投诉", "微信扫一扫", "关注该公众号"),
    ),
    # Read right: the headline, no author, the stamp's time, the first section's head first and the reference link
    # last; the footer, the comments, the comment form and the lists out.
    Guard(
        "unseen-zh44/cnblogs-spring-ioc-2015.html",
        "Spring的IOC原理[通俗解释一下]",
        None,
        "2015-03-03T17:38",
        "1. IoC理论的背景",
        "http://jiwenke.iteye.com/blog/493965",
        (
            "分类:",
            "好文要顶",
            "牧涛",
            "posted @",
            "#1楼",
            "Jason_Maron",
            "小白受教",
            "2017-07-13",
            "刷新评论",
            "相关博文",
            "刘强东",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_a_section_heading_opening_the_text_is_no_headline() -> None:
    """The post's numbered ``<h2>`` sections open its text; the ``<h1>`` over it is the headline, and the sections
    stay in the text."""
    article = extract_page("unseen-zh44/cnblogs-mongodb-replica-set-2018.html")
    assert article.title == "mongodb副本集高可用架构"
    assert article.paragraphs[:2] == [
        "一、简介",
        "Mongodb复制集由一组Mongod实例（进程）组成，包含一个Primary节点和多个Secondary节点。",
    ]
    assert "六、读写配置" in article.paragraphs
    page = Page([Block("标题", tag="h2"), Block("正文一"), Block("小节", tag="h2"), Block("正文二")], is_html=True)
    assert _opens_sections(page, [0, 1, 2, 3], "h2")
    assert not _opens_sections(page, [0, 1], "h2")


def test_the_posts_footer_stamp_dates_it() -> None:
    """The ``posted @`` stamp closing the post's element dates the post; the copyright is the signature's notice."""
    article = extract_page("unseen-zh44/cnblogs-mongodb-replica-set-2018.html")
    assert article.date == "2018-03-13T21:51"
    assert article.copyright is not None and article.copyright.startswith("本文版权归作者和博客园共有")


def test_only_the_posts_own_element_reaches_past_the_window() -> None:
    """The blocks past the window read after the text count while they stay in the element holding the headline and
    the text's first line; a comment list after it, or an element holding the whole page, gives none."""
    post = "<div class='post'><h1>标题</h1><p>正文。</p><div>分类</div><div>posted @ 2018-03-13 21:51</div></div>"
    blocks = parse_html(f"<body>{post}<div class='comments'><p>posted @ 2019-01-01 10:00</p></div></body>").blocks
    assert [blocks[i].text for i in _post_tail(blocks, 0, 1, 2)] == ["分类", "posted @ 2018-03-13 21:51"]
    whole = parse_html(f"<body>{post}</body>").blocks
    assert _post_tail(whole, 0, 1, 2) == []


def test_a_wechat_creation_time_gives_way_to_the_day_shown() -> None:
    """The manual's creation time falls two months before the day its script says the page shows: the shown day
    dates it. A creation time on the shown day, or the next in UTC, keeps its clock."""
    article = extract_page("unseen-zh44/weixin-leo-student-app-manual-2016.html")
    assert article.date == "2016-09-03"
    assert article.source == "理优教育在线学习"
    assert len(article.paragraphs) == 69
    script = 'var nickname = "某公众号"; var ct = "{ct}"; var publish_time = "{day}" || "";'
    apart = _wechat([script.format(ct="1467458454", day="2016-09-03")])
    assert apart["platform:date"] == "2016-09-03"
    same = _wechat([script.format(ct="1467458454", day="2016-07-02")])
    assert same["platform:date"] == "2016-07-02T11:20:54+00:00"
    late = _wechat([script.format(ct="1467500000", day="2016-07-03")])  # 22:53 UTC, the next day in Beijing
    assert late["platform:date"] == "2016-07-02T22:53:20+00:00"


def test_a_wechat_creation_time_written_unpadded_keeps_its_clock_on_the_day_shown() -> None:
    """A creation time the script writes as a date string with its month and day unpadded, on the day shown, is that
    day's: it keeps its clock (it gave way to the bare day, read as no date)."""
    script = 'var nickname = "某公众号"; var ct = "{ct}"; var publish_time = "{day}" || "";'
    same = _wechat([script.format(ct="2016-9-3 10:00", day="2016-09-03")])
    assert same["platform:date"] == "2016-9-3 10:00"
    apart = _wechat([script.format(ct="2016-7-2 10:00", day="2016-09-03")])
    assert apart["platform:date"] == "2016-09-03"


def test_comments_after_the_post_neither_date_nor_credit_it() -> None:
    """The comments' dates and commenters after the post's element stay out of its fields; the four figure captions
    are listed and kept in the text."""
    article = extract_page("unseen-zh44/cnblogs-spring-ioc-2015.html")
    assert article.date == "2015-03-03T17:38"
    assert article.author is None
    assert article.captions == [
        "图1：软件系统中耦合的对象",
        "图2：对象之间复杂的依赖关系",
        "图3：IOC解耦过程",
        "图4：拿掉IoC容器后的系统",
    ]
    assert "图3：IOC解耦过程" in article.paragraphs
