"""Fields of forum threads and Q&A pages: the words of a poster's card are no author or date, and the thread's
date and title are its first post's (shapes of wpForo, bbPress and Asgaros threads)."""

from __future__ import annotations

from pathlib import Path

import newsmend
from newsmend.blocks import Block, Page
from newsmend.content import Selection
from newsmend.fields import build_article
from newsmend.fields.lines import labelled_values

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"

NAV = (
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/forum/'>Forums</a></li>"
    "<li><a href='/members/'>Members</a></li></ul></nav>"
)
FOOTER = "<footer><p>Powered by a forum plugin. All rights reserved.</p></footer>"
POSTS = [
    (
        "Margaret Holloway",
        "Eminent Member",
        "Joined: 4 months ago",
        "I bought a second-hand table last week and the surface feels uneven near the net posts. Has anyone "
        "levelled a table like this without taking the frame apart, and which shims did you use for it?",
    ),
    (
        "Daniel Okafor",
        "New Member",
        "Joined: 3 weeks ago",
        "Put a spirit level on each half first, then adjust the feet one quarter turn at a time. The frame "
        "rarely needs shims unless the floor itself slopes, which garages often do near the door.",
    ),
    (
        "Margaret Holloway",
        "Eminent Member",
        "Joined: 4 months ago",
        "Thank you, the floor was the problem after all. Two quarter turns on the left feet and the ball now "
        "bounces the same on both halves of the table, which is what I had hoped for all along.",
    ),
]


def _wpforo_post(name: str, rank: str, joined: str, text: str) -> str:
    card = (
        "<div class='wpf-left'><div class='author-data'>"
        f"<div class='author-name'><a href='/participant/{name.split()[0].lower()}/'>{name}</a></div>"
        f"<div class='author-title'>{rank}</div><div class='author-joined'>{joined}</div>"
        "<div class='author-posts'>Posts: 22</div></div></div>"
    )
    post = f"<div class='wpforo-post'>{card}<div class='wpf-right'><p>{text}</p></div></div>"
    return f"<div class='post-wrap'>{post}</div>"


def test_a_posters_rank_is_no_author() -> None:
    """wpForo prints each poster's rank (``div.author-title``) and join date in the card beside the post; the
    element's class names the author and the rank both. The rank is a detail of the card: no author."""
    posts = "".join(_wpforo_post(*post) for post in POSTS)
    html = (
        "<html><head><title>Levelling a table - Forum</title></head><body>"
        f"{NAV}<main><h1>Levelling a table</h1><div class='wpforo-thread'>{posts}</div></main>{FOOTER}"
        "</body></html>"
    )
    authors = newsmend.extract(html.encode()).author or []
    assert authors[:1] == ["Margaret Holloway"]
    assert not {"Eminent Member", "New Member"} & set(authors)


def _qa_page(title: str, question: str, lines: list[str]) -> bytes:
    """A Q&A page as a developer community renders it: the question's heading, the asker's line (name, views,
    date), the question's text, then dated comments; its ``<title>`` joins the question and the site's names
    with unspaced dashes."""
    text = "".join(f"<p>{line}</p>" for line in lines)
    comments = "".join(
        f"<div class='comment-main-container'><div class='comment-user-info'><div class='base-info'>{who} | {day}"
        f"</div><div class='comment-detail'><p>{said}</p></div></div></div>"
        for who, day, said in [
            ("李明", "2024-01-06", "看一下项目模块的依赖关系，新增功能可以参考已有的功能，对应增加相关文件。"),
            ("王芳", "2024-01-10", "我也遇到过同样的问题，后来按照文档重新配置就好了。"),
        ]
    )
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='g-header'>社区 文章 问答"
        "</div><div class='question-detail'><div class='question-main-content'>"
        f"<h1 class='question-title'>{question}</h1><div class='posts-author-info'>张伟 | 455 | 2024-01-03</div>"
        f"<div class='markdown-preview'><h2>问题描述</h2>{text}</div><p class='question-tags'>问题标签： Java</p>"
        f"</div><div class='comment-list'>{comments}</div></div></body></html>"
    ).encode()


def test_a_question_heading_is_the_title_and_its_date_the_threads() -> None:
    """A ``<title>`` joining parts with unspaced dashes (``问题-客栈-口号-公司``) names the site in parts the page
    states nowhere else; the question's heading is its first part, and is the title. Under that heading stands the
    asker's date, the thread's, not a comment's after the text."""
    question = "请教一下关于添加新的功能页面的问题"
    lines = [
        "我尝试在项目里新添加一个功能，新建一个页面，用于可视化数据库内的数据。",
        "然后在界面里设置了一个表格用来显示获取的数据，但是运行后会报错。",
        "想问问各位我是哪里出现了问题，还是说添加新功能的思路是错的。",
    ]
    article = newsmend.extract(_qa_page(f"{question}-开发者社区-帮助开发者的平台-某某网络", question, lines))
    assert article.title == question
    assert (article.date or "").startswith("2024-01-03")


def test_a_chinese_question_about_code_is_chinese() -> None:
    """A Chinese question quoting a stack trace holds more Latin letters than Han characters in its text; its
    title, the question itself, is text of the article too and tells the language."""
    question = "启动项目时报错找不到数据仓库的实现类应该怎么解决"
    lines = [
        "运行后报错：",
        "Consider defining a bean of type 'org.example.support.ReportRepository' in your configuration.",
        "请问怎么解决？",
    ]
    article = newsmend.extract(_qa_page(f"{question}-开发者社区-帮助开发者的平台-某某网络", question, lines))
    assert article.title == question
    assert article.language == "zh"


def _phpbb_blocks(notice: bool) -> list[Block]:
    """A phpBB topic's blocks: the forum's name as the banner ``<h1>``, an optional maintenance notice, the topic's
    ``h2.topic-title``, the poster's profile, the post's own ``<h3>`` and its ``#1 Post by`` line, then the text."""
    page = "body>div#wrap>div#page-body"
    post = f"{page}>div#p7967.post>div.inner>div.postbody>div#post_content7967"
    blocks = [
        Block("Debian User Forums", tag="h1", path="body>div#header>div.headerbar>div#site-description>h1"),
        Block("Board index", tag="li", path="body>div#wrap>div.navbar>ul#nav-breadcrumbs>li.breadcrumbs"),
        Block("kernel compile error log", tag="h2", path=f"{page}>h2.topic-title"),
        Block("Post Reply", tag="div", path=f"{page}>div.action-bar.bar-top"),
        Block("contactopublico", tag="dt", path=f"{page}>div#p7967.post>div.inner>dl#profile7967.postprofile>dt"),
        Block("Joined: 2023-10-30 14:51", tag="dd", path=f"{page}>div#p7967.post>div.inner>dl>dd.profile-joined"),
        Block("kernel compile error log", tag="h3", path=f"{post}>h3.first"),
        Block("#1 Post by contactopublico » 2024-05-20 14:17", tag="p", path=f"{post}>p.author"),
        Block("After numerous kernel compilations without incident I ran into this issue today.", path=f"{post}>div"),
        Block("Has anyone experienced this issue recently and if so what does it mean?", path=f"{post}>div"),
    ]
    if notice:
        note = "Scheduled Maintenance: a forum update is planned for the coming weekend, expect downtime."
        blocks.insert(2, Block(note, tag="div", path=f"{page}>div.note-box.green"))
    return blocks


def test_the_topics_heading_is_the_title_not_the_forums_name() -> None:
    """The ``<title>`` is ``topic - forum``; the forum's name, as long as the topic's, is the banner ``<h1>``
    and holds most of the topic's length, yet it is another part of the title than the topic: the topic's
    ``<h2>`` is the title."""
    blocks = _phpbb_blocks(notice=False)
    page = Page(blocks=blocks, meta={"html:title": "kernel compile error log - Debian User Forums"}, is_html=True)
    article = build_article(page, Selection(body=[8, 9]), [], set())
    assert article.title == "kernel compile error log"


def test_a_heading_skipped_after_a_notice_the_body_opens_with_is_the_title() -> None:
    """The body opens with a notice above the topic (a line with no heading over it); the topic's heading, which
    the selection skipped between the body's first lines, is the title."""
    blocks = _phpbb_blocks(notice=True)
    page = Page(blocks=blocks, meta={"html:title": "kernel compile error log - Debian User Forums"}, is_html=True)
    article = build_article(page, Selection(body=[2, 9, 10]), [], set())
    assert article.title == "kernel compile error log"


def test_a_sort_controls_by_word_credits_no_one() -> None:
    """A phpBB topic's display options under the posts (``Display: Sort by: Direction:``) are a form's labels: the
    word after "Sort by" names a sort key, no author; a byline labelled so still credits its writer."""
    assert not labelled_values("Display: Sort by: Direction:")
    assert not labelled_values("Ordenar por: Fecha")
    assert labelled_values("Posted by: Jane Doe")[0].value == "Jane Doe"
    blocks = _phpbb_blocks(notice=False)
    options = Block("Display: Sort by: Direction:", tag="fieldset", path="body>div#wrap>div#page-body>form>fieldset")
    blocks.append(options)
    page = Page(blocks=blocks, meta={"html:title": "kernel compile error log - Debian User Forums"}, is_html=True)
    assert build_article(page, Selection(body=[8, 9]), [], set()).author is None


def test_a_threads_date_is_its_first_posts_not_the_posters_join_date() -> None:
    """The body opens with a notice over the topic; the first post's ``#1 Post by X » date`` line, skipped between
    the body's first lines, dates the thread; the poster's join date on the card above it does not."""
    blocks = _phpbb_blocks(notice=True)
    page = Page(blocks=blocks, meta={"html:title": "kernel compile error log - Debian User Forums"}, is_html=True)
    assert build_article(page, Selection(body=[2, 9, 10]), [], set()).date == "2024-05-20T14:17"


def test_a_member_since_date_is_no_publication_date() -> None:
    """Simple:Press prints each poster's card before the post: the post's date, then ``Member Since:`` and the
    day the poster joined, nearest the text (the headline far above, in the page's header). The post's date is
    the thread's."""
    card = "body>div#spMainContainer>div.spTopicPostSection>div.spUserSection.spLeft"
    text = "body>div#spMainContainer>div.spTopicPostSection>div.spPostSection>div.spPostContent>p"
    blocks = [
        Block("July 3, 2023", tag="div", path=f"{card}>div#spPostIndexUserDate3325.spPostUserDate"),
        Block("pdops", tag="div", path=f"{card}>div.spPostUserName"),
        Block("Member Since:", tag="div", path=f"{card}>div#spPostIndexUserRegistered3325.spPostUserRegistered"),
        Block("September 7, 2016", tag="div", path=f"{card}>div#spPostIndexUserRegistered3325.spPostUserRegistered"),
        Block("Top up a hundred dollars before the end of August and the account gets a bonus of 25.", path=text),
        Block("The bonus arrives within a day and is valid for sixty days after it is credited.", path=text),
    ]
    page = Page(blocks=blocks, meta={"html:title": "July-August 2023 bonus with a top up | Forum"}, is_html=True)
    assert build_article(page, Selection(body=[4, 5]), [], set()).date == "2023-07-03"


def test_the_forum_softwares_makers_and_a_templates_flag_are_no_authors() -> None:
    """Discuz!'s template credits its developers in every thread's ``<meta name="author">``, beside the generator
    it names; a ``data-author="true"`` flag is no name either. Neither is the thread's author."""
    post = "body>div#wp>div#postlist>div#post_1>table>tr>td.plc>div.pct>div.t_fsz>table>tr>td.t_f"
    blocks = [
        Block("建议对论坛的签到功能进行改版", tag="h1", path="body>div#wp>div#pt>h1.ts"),
        Block("现在的签到页面打开很慢，而且每次签到都要刷新整个页面，希望能改成点一下就完成的方式。", path=post),
        Block("另外签到的奖励也可以按连续天数递增，这样大家会更愿意每天来看看。", path=post),
    ]
    title = "建议对论坛的签到功能进行改版"
    discuz = {"generator": "Discuz! X3.3", "author": "Discuz! Team and Comsenz UI Team", "html:title": title}
    flagged = {"data:author": "true", "html:title": title}
    for meta in (discuz, flagged):
        page = Page(blocks=blocks, meta=meta, is_html=True)
        assert build_article(page, Selection(body=[1, 2]), [], set()).author is None


def test_a_posters_statistics_and_buttons_are_no_authors() -> None:
    """MyBB's card beside each post: the name, then ``div.author_statistics`` lines (``Posts: 486``, ``Country:``)
    and the ``div.author_buttons`` (``Find``); only the name credits the poster."""
    post = "body>div#container>div#posts>div#post_1078.post.classic"
    blocks = [
        Block("Bias class", tag="h1", path="body>div#container>div.navigation>h1"),
        Block("Kevin O'Connor", tag="div", path=f"{post}>div.post_author>div.author_information"),
        Block("Posts: 486", tag="div", path=f"{post}>div.post_author>div.author_statistics"),
        Block("Country:", tag="div", path=f"{post}>div.post_author>div.author_statistics"),
        Block("The bias class on the board runs a little early this year, on the second Saturday of the month.",
              path=f"{post}>div.post_content>div.post_body"),
        Block("Bring your own supplies; the cutting tables are reserved for the afternoon group.",
              path=f"{post}>div.post_content>div.post_body"),
        Block("Find", tag="div", path=f"{post}>div.post_controls>div.postbit_buttons.author_buttons"),
    ]
    page = Page(blocks=blocks, meta={"html:title": "Bias class"}, is_html=True)
    assert build_article(page, Selection(body=[4, 5]), [], set()).author == ["Kevin O'Connor"]


def test_the_lines_of_an_authors_content_are_no_credits() -> None:
    """A Q&A site sets the question, its answer count and its tags in elements classed ``authorContent``: what
    the asker wrote, not the asker's name."""
    question = "body>div#mainpagebody>ul#question_preview>li.question"
    blocks = [
        Block("Interview question for software engineers", tag="h1", path="body>div#header>h1"),
        Block("Answers", tag="div", path=f"{question}>div.authorContent56435"),
        Block("Two people are friends of the second degree when a friend of one is a friend of the other. "
              "Find whether two given people are friends of the second degree.",
              path=f"{question}>div.authorContent56435>p"),
        Block("Software Engineer / Developer Algorithm", tag="div", path=f"{question}>div.authorContent56435"),
        Block("Sort both friend lists and merge them, stopping at the first friend they share.",
              path="body>div#mainpagebody>div#commentThread2780>div.comment>div.commentBody>p"),
    ]
    page = Page(blocks=blocks, meta={"html:title": "Interview question for software engineers"}, is_html=True)
    assert build_article(page, Selection(body=[2, 4]), [], set()).author is None


def test_a_repliers_poster_line_credits_no_one_of_the_thread() -> None:
    """A Max/MSP forum thread (a trimmed copy of a magic-html forum page: scripts, styles and most attributes
    removed): the opening post's poster line and text, then replies in ``li#reply-…`` items, each under its
    poster's line. The first replier's line stands among the body's first lines, in an element named as a reply
    that holds none of the opening post's: it credits the reply, not the thread."""
    page = (PAGES / "threads" / "forum-replier-profiles.html").read_bytes()
    article = newsmend.extract(page, url="https://cycling74.com/forums/somebody-help-me")
    assert article.author == ["MINHYEOCK LEE"]
    assert article.paragraphs[0] == "Hi everyone,"
