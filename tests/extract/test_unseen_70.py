"""A seventieth audit on Chinese pages of the other kinds (blogs, tech communities) outside the dev set, and what
newsmend reads on them.

The pages are saved pages from public repositories, read in 16,000-character pieces and trimmed of their scripts,
style sheets, the share buttons' inline JavaScript and most menu and recommendation items (their text kept as the
page writes it), in ``tests/fixtures/pages/unseen-zh38/``:

- a 2019 regular-expression exercise ``re_text.py`` in a public repository, whose ``HTML`` string is a saved 2018
  jianshu.com post (the code index found it by its text and named no repository, nor did ``find_files`` among the
  eight repositories holding a root ``re_text.py``; the page's ``\\d`` and ``\\n`` kept as the string held them): a
  blog platform's note on Python's ``re.sub``, its headline as an ``h1.title``, the writer's linked nickname
  (``潇湘demi``, a Han and Latin screen name) in ``div.author>div.info>span.name>a`` beside an avatar, the
  publish time and word count in ``div.meta``, a lead picture with an empty caption, one-line paragraphs (bold
  subheadings among them), the notebook link, ``© 著作权归作者所有``, the writer's follow box, share buttons and a
  list of recommended notes with their writers (``jianshu-re-sub-2018.html``: the share menu's JavaScript links
  cut to two, the recommended notes to three, the page-data JSON kept);
- a 2018 script's ``html`` string in a public repository (found by its text, its repository not named: the page
  read through a Markdown converter), a saved 2018 jianshu.com post of the same template: the second part of a
  course on testing web APIs, a series' table of contents as nine linked lines in one ``<p>``, a pointer in a
  blockquote, subheadings, a dozen bare ``<ul>`` lists (nested ones too) between bold one-line paragraphs, code
  blocks, pictures captioned in ``div.image-caption``, a closing blockquote with the writer's WeChat id, then the
  same foot as above and the writer's signature (``jianshu-api-testing-tools-2018.html``: the text's middle, its
  sections on Fiddler and Postman's panels, cut from ``Network面板`` to the ``Tests断言`` paragraph, the share
  buttons but two and the recommended notes not kept).

Neither is in the dev set (by their sentences). Fixed: the first post credited no one (trafilatura reads ``潇湘Demi``).
Its byline is a box classed ``author`` whose inner wrapper ``div.info`` holds the linked name; a block is read as a
byline by its own element's class, or as an item of a list so classed, and ``div.info`` is neither. A block that is one
link to a profile page alone, in an element classed as a byline (``fields/evidence.py``, ``_linked_name_in_box``; a menu
of the site's writers, a document's or a filtered list's address are none: ``_PROFILE_HREF_RE``), is now a byline block.
And the name itself, Han characters and a lowercase Latin word run together, was no name to
:func:`~newsmend.fields.people.pen_name` nor to ``split_names``: Chinese screen names mix the scripts (``潇湘demi``,
``python红红``, ``Alex陌``), and on a Chinese page such a word where a byline stands is the writer's handle
(``fields/people.py``, ``_PEN_NAME_RE``). Two of the 798 dev pages change, both right: gne-zh's two Paper pages
(``thepaper-2``, ``thepaper-4``) now credit the government account that posted them (``中国广州发布``, its linked name
in ``div.news_paike_author>div.name`` under the headline), which they credited no one before.

The course part lost its one-line paragraphs between the lists (``Tests断言``, ``接口样例：`` and the request line under
it): the lists, siblings under the text's element, were read as a thread's posts of kind ``ul.``, and the short lines
outside them as the thread's furniture. A bare list or quotation element (no class, no id) is a part of the text, never
a thread's post (``content/growth.py``, ``_bare_lists``); no dev page changes. Then a run of two bold lines and two
captions inside one list item (``什么是代理？``, ``正向代理``) read as a widget's run of tiny lines and went: lines of
one list item, with the captioned pictures it holds between them, are one element's lines as a paragraph's are
(``content/pruning.py``, ``_paragraph_lines``); no dev page changes. Left as found: the table of contents, nine linked
lines (trafilatura and readability leave it out too); a request line that is mostly its linked address (``GET
http://…&info=你好``) goes as a link, with its label line.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.content.growth import _bare_lists
from newsmend.fields.evidence import _PROFILE_HREF_RE
from newsmend.fields.people import pen_name

GUARDS = [
    # The writer's nickname from the author box, the publish time, the first paragraph first and the last code
    # line last; the word count, the notebook link, the report and share buttons, the follow box and the
    # recommended notes out.
    Guard(
        "unseen-zh38/jianshu-re-sub-2018.html",
        "re.sub的使用方法",
        ["潇湘demi"],
        "2018-05-09T20:47",
        "re是正则的表达式,sub是substitute表示替换",
        'replacedStr = re.sub("(?P\\d+)", _add111, inputStr, 2);',
        (
            "字数 494",
            "学习笔记",
            "举报文章",
            "分享到",
            "更多分享",
            "下载app",
            "Python正则表达式re模块手册",
            "喜欢吃栗子",
        ),
    ),
    # The writer, the publish time (not the edit time in the tooltip), the contents heading first and the WeChat
    # pointer last; the subheading and the request line between the lists in, the table of contents, the word
    # count, the notebook link, the signature and the share buttons out.
    Guard(
        "unseen-zh38/jianshu-api-testing-tools-2018.html",
        "Python接口测试实战1（下）- 接口测试工具的使用",
        ["韩志超"],
        "2018-08-27T10:02",
        "课程目录",
        "个人微信号： lockingfree， 如有问题，欢迎交流",
        ("Python接口测试实战2 - 使用Python发送请求", "字数 3348", "Python接口测试\n", "专注于分享", "分享到微博"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_linked_name_in_the_byline_box_credits_the_writer() -> None:
    """The blog's byline box ``div.author`` wraps the name in ``div.info``, a block that is one link to the
    writer's profile (``/u/4b26c7f789d9``): the writer, as the box shows them; the copyright and the recommended
    notes as they were."""
    article = extract_page("unseen-zh38/jianshu-re-sub-2018.html")
    assert article.author == ["潇湘demi"]
    assert article.copyright == "© 著作权归作者所有"
    assert [r.title for r in article.related][:1] == ["Python正则表达式re模块手册"]


@pytest.mark.parametrize(
    ("href", "profile"),
    [
        ("/u/4b26c7f789d9", True),
        ("https://example.com/people/jane-doe/", True),
        ("https://m.example.com/gsdq/dushi/2019050315127.html", False),
        ("https://example.com/support/members/?filter_type=group&filter_name=10", False),
    ],
)
def test_profile_address(href: str, profile: bool) -> None:
    """A linked name alone in a byline box credits when its link leads to a profile: a path, no document (a
    mobile site's copy of the story, labelled ``手机版``) nor a list filtered by a query (a forum's member group,
    labelled ``Supporter``), both of which a dev page sets in its author box."""
    assert bool(_PROFILE_HREF_RE.fullmatch(href)) is profile


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("潇湘demi", "潇湘demi"),
        ("python红红", "python红红"),
        ("Alex陌", "Alex陌"),
        ("maomaobear", "maomaobear"),
        ("张三", None),
        ("admin", None),
        ("Jane", None),
    ],
)
def test_mixed_script_screen_name_is_a_pen_name(value: str, name: str | None) -> None:
    """A Chinese screen name runs Han characters and a Latin word together; a Han name alone is a real name
    (``split_names`` reads it), a capitalised Latin word alone is no handle, a not-name stays out."""
    assert pen_name(value) == name


def test_lists_between_paragraphs_are_no_thread() -> None:
    """The course part sets its text as bare ``<ul>`` lists between one-line paragraphs: read as a thread's posts,
    the paragraphs between them went as the posts' furniture. Bare lists are parts of the text: the subheading, the
    label and the request line under it stay, between the lists and the code blocks."""
    paragraphs = extract_page("unseen-zh38/jianshu-api-testing-tools-2018.html").paragraphs
    at = paragraphs.index("Tests断言")
    assert paragraphs[at + 1 : at + 3] == ["HTTP状态码断言:", 'tests["HTTP状态码200"]=responseCode.code == 200;']
    assert "接口样例：" in paragraphs
    assert any(p.startswith("POST https://demo.fastadmin.net/admin/index/login.html") for p in paragraphs)
    assert _bare_lists(("ul.",)) and _bare_lists(("ol.", "blockquote."))
    assert not _bare_lists(("ul.comments",)) and not _bare_lists(("ul.", "li.")) and not _bare_lists(("div.",))


def test_list_items_lines_over_captioned_pictures_stay() -> None:
    """A list item's bold lines, each over a captioned picture the item holds, are the item's lines, no widget's
    run of tiny lines: they stay in their place and the pictures' captions are read as captions."""
    article = extract_page("unseen-zh38/jianshu-api-testing-tools-2018.html")
    at = article.paragraphs.index("什么是代理？")
    assert article.paragraphs[at - 1] == "tcpdumps: Linux抓包命令，功能强大，常用作服务端抓包"
    assert "正向代理与反向代理" in article.paragraphs
    assert article.captions[:2] == ["正向代理", "正向代理与反向代理"]
