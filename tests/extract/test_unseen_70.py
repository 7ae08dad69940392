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
  cut to two, the recommended notes to three, the page-data JSON kept).

Not in the dev set (by its sentences). Fixed: the post credited no one (trafilatura reads ``潇湘Demi``). Its byline
is a box classed ``author`` whose inner wrapper ``div.info`` holds the linked name; a block is read as a byline by
its own element's class, or as an item of a list so classed, and ``div.info`` is neither. A block that is one link
to a profile page alone, in an element classed as a byline (``fields/evidence.py``, ``_linked_name_in_box``; a menu
of the site's writers, a document's or a filtered list's address are none: ``_PROFILE_HREF_RE``), is now a byline
block. And the name itself, Han characters and a lowercase Latin word run together, was no name to
:func:`~newsmend.fields.people.pen_name` nor to ``split_names``: Chinese screen names mix the scripts (``潇湘demi``,
``python红红``, ``Alex陌``), and on a Chinese page such a word where a byline stands is the writer's handle
(``fields/people.py``, ``_PEN_NAME_RE``). Two of the 798 dev pages change, both right: gne-zh's two Paper pages
(``thepaper-2``, ``thepaper-4``) now credit the government account that posted them (``中国广州发布``, its linked
name in ``div.news_paike_author>div.name`` under the headline), which they credited no one before.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

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
