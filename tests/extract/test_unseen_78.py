"""A seventy-eighth audit on Chinese forum threads outside the dev set, and what newsmend reads on them.

The reference convention (magic-html's forum pages, read as pairs of page and truth): a thread's text is its posts'
text, the opening post's and every reply's, short replies (``顶``, ``收藏了``) and quoted posts included; the
poster's name, motto and avatar, the post's date line, its buttons (``回应``, ``赞``) and the reply form are not.

The page is a Douban group topic saved whole as a Python string literal (``string = '''<!DOCTYPE html>…'''``) by a
regular-expression exercise in a public repository (found by its ``div.topic-doc``; code index file 12724014109,
223,132 characters, the repository not named), read in 16,000-character pieces and transcribed trimmed, in
``tests/fixtures/pages/unseen-zh41/``:

- a 2008 topic of the group ``网站推荐～`` (``/group/topic/4002607/``, saved in 2020): ``300个国外优秀网站`` as the
  ``<title>`` and the ``<h1>``, a schema.org ``Conversation`` in JSON-LD (its ``text`` the post's, its
  ``dateCreated`` ``2008-08-21T20:28:41``), the opening post in ``div.topic-doc``: a ``来自: DL`` line and its time in
  an ``h3``, then one ``<p>`` whose ``<br>`` lines are a sentence (``偶尔的发现，感谢原作者！``), three hundred
  magazines' names, each with its site's address as a link printing the address and a line saying what it is
  (``娱乐 全球五十位最XX的人``), and the source (``原作者：打湿的双翼``, ``来自：blogbus``); a like button, the tabs
  (``回应 转发 赞 收藏 只看楼主``), then the replies in ``ul.topic-reply``: each an ``li.comment-item`` holding the
  poster's avatar and a ``div.reply-doc`` with an ``h4`` naming the poster (four with a motto in brackets:
  ``双城糖果 (4月十几号是纪念日？)``) and the time, the reply in ``p.reply-content`` (three quote the reply they
  answer over a ``=====`` rule) and its ``回应 赞 删除`` buttons; the pager, the reply form with its prompt to log
  in, the group's card and its latest topics in the sidebar, the footer (``douban-group-300-sites-2008.html``: the
  list cut to its first twelve magazines, in the post and in the JSON-LD alike, the source's two lines kept; the
  first fifteen replies and the page's last three kept of its hundred; the head's scripts and the navigation's
  menus cut to a few items, the page's scripts and ad slots cut).

It is not in the dev set (by its sentences). newsmend read the title, the poster and the time right but kept of the
opening post its first sentence alone, lost the last six replies, kept two poster lines and the reply form's
prompt. Fixed, four things:

(1) The list's lines went as the thread's furniture: short lines outside the posts (the replies, of another kind
than the opening post's) are the poster's name, date and counters, which stand in elements of their own. The
other ``<br>`` lines of a paragraph holding a line of prose are its text however short, in a thread found by the
posts' kind (``content/pruning.py``, ``_prose_paragraphs``); and a line whose every link prints the address it
leads to (``3 Time（时代）<a>http://www.time.com/</a>``) is the post's text there, not a link list
(``_prints_addresses``). Not in a thread found by its replies' names, where prose outside the posts is furniture too
(a blog's author box, a site's comment rules: tried on every thread, 10 dev pages changed, five for the worse).
(2) The last six replies went as a box of other stories: the reply ``不错，推荐了`` (good, recommended) reads as a
story list's title (``推荐``), and the replies after it, short lines ending no sentence, as its teasers. A "title"
standing in an item of the box of the same named kind as the line after it (``li.comment-item``) is one item among
its like, no heading over them (``fields/trim.py``, ``_alike_items``); 0 dev pages change. (3) The reply heads
naming a motto in brackets stayed: the motto's ``？`` made prose of them, where a post's info line (a date and a
clock time, short) must be none. Its bracketed asides no longer count (``content/pruning.py``, ``_is_post_info``);
magic-html forum-b5bb3713 (a film site's short reviews) loses its ``1590 有用 （−＿−；） 看过 2024-04-07 09:53:05 浙江``
line, which its label leaves out. (4) ``回应请先 登录 , 或 注册`` (to reply, first log in or sign up) stayed under the
replies: a forum's prompt to log in before replying is known in English only; its Chinese wording is one now
(``content/pruning.py``, ``_SIGN_IN_ZH``: a word for replying and one for logging in, either order). Over the 798
dev pages 3 change: forum-b5bb3713 as said, trafilatura-eval t0479 keeps a reader's ``hi there!`` (a comment's first
``<br>`` line, over its question), t0019 a picture credit (``SalzburgerLand Tourismus GmbH / Markus Greber``) under
its caption's prose in one paragraph, a worse line accepted; its snippets unchanged. Forum body F1 (magic-html,
newsmend; zh / non-zh): 0.8268 / 0.8263 before, 0.8271 / 0.8263 after, no page moving by 0.01.

Left as found: a reply quoting another keeps the quoted reply's time and poster on its line (``2008-08-21 20:33:46
ITALO (苏州)　　虽然很好 …``), as the labels keep quoted posts. trafilatura reads the opening post alone (its ``来自:
DL`` line too), readability eleven replies with their posters' lines and no opening post.
"""

from __future__ import annotations

import pytest
from tests.support.pages import PAGES, Guard, assert_reads_right, extract_page

import newsmend
from newsmend.content.pruning import _PROMPT_LINE
from newsmend.fields.trim import _box
from newsmend.html import parse_html

DOUBAN = "unseen-zh41/douban-group-300-sites-2008.html"

GUARDS = [
    # The topic's title, its poster and time, the opening post's sentence first and the page's last reply last;
    # the poster lines, the buttons, the tabs, the pager, the reply form's prompt, the sidebar and the footer out.
    Guard(
        DOUBAN,
        "300个国外优秀网站",
        ["DL"],
        "2008-08-21T20:28:41",
        "偶尔的发现，感谢原作者！",
        "天，是我翻的页",
        (
            "来自: DL",
            "双城糖果",
            "白眼一翻",
            "回应 赞",
            "只看楼主",
            "后页",
            "回应请先",
            "推荐到广播",
            "人聚集在这个小组",
            "每天一个好站推荐",
            "北京豆网科技有限公司",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_opening_posts_list_lines_stay_with_its_sentence() -> None:
    """The opening post's ``<br>`` lines after its sentence are its text, short or not: the magazines' names, their
    printed addresses (alone or after the name), what each is, and the source; then every reply in order."""
    paragraphs = extract_page(DOUBAN).paragraphs
    assert paragraphs[1:5] == [
        "1 People(人物）",
        "http://people.aol.com/people/index.html",
        "娱乐 全球五十位最XX的人",
        "2 TV Guide（电视指南）",
    ]
    assert "3 Time（时代）http://www.time.com/" in paragraphs
    at = paragraphs.index("来自：blogbus")
    assert paragraphs[at - 1 : at + 2] == ["原作者：打湿的双翼", "来自：blogbus", "推荐保存了"]
    assert len(paragraphs) == 42


def test_thread_lines_need_a_prose_line_beside_them() -> None:
    """The opening post's short lines are its text beside its sentence in the same paragraph; without that sentence
    they are short lines outside the replies, the thread's furniture, as before (the paragraph holds no prose)."""
    html = (PAGES / DOUBAN).read_text(encoding="utf-8")
    assert "偶尔的发现，感谢原作者！\n<br/>" in html
    paragraphs = newsmend.extract(html.replace("偶尔的发现，感谢原作者！\n<br/>", "", 1)).paragraphs
    assert paragraphs[0] == "推荐保存了"
    assert not any("People" in p or "blogbus" in p for p in paragraphs)


def test_reply_reading_like_a_list_title_opens_no_box() -> None:
    """A reply reading ``不错，推荐了`` is one of the replies' items, no story list's title: the replies after it
    stay; a heading of its own kind (``h3``) over linked items still opens a box of other stories."""
    paragraphs = extract_page(DOUBAN).paragraphs
    at = paragraphs.index("不错，推荐了")
    assert paragraphs[at:] == ["不错，推荐了", "资源真丰富", "呵呵~~", "怎么很多打不开哪？", "留印儿", "天，是我翻的页"]
    items = "".join(f"<li class='comment-item'><p>{text}</p></li>" for text in ("不错，推荐了", "资源真丰富"))
    headed = "<div class='box'><h3>相关推荐</h3><ul><li><a href='/s/1'>另一篇报道的标题</a></li></ul></div>"
    blocks = parse_html(f"<html><body><p>正文</p><ul class='topic-reply'>{items}</ul>{headed}</body></html>").blocks
    assert _box(blocks, 1, 2, 0) is None
    assert _box(blocks, 3, 4, 0) is not None


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("回应请先 登录 , 或 注册", True),
        ("您需要登录后才可以回帖 登录 | 立即注册", True),
        ("请登录后再评论", True),
        ("我登录后回复你了，没看到吗？", False),
        ("登录", False),
    ],
)
def test_chinese_prompt_to_log_in_before_replying(line: str, prompt: bool) -> None:
    """A board's prompt to log in (or sign up) before replying, in Chinese, is the engine's line, no post's; a
    reply saying its poster logged in and replied is a sentence of its own."""
    assert (_PROMPT_LINE.match(line) is not None) == prompt


def test_motto_in_brackets_leaves_a_poster_line_an_info_line() -> None:
    """The reply heads naming the poster's motto in brackets (``双城糖果 (4月十几号是纪念日？)``) are info lines
    (a name, a date and a clock time), whatever marks the motto holds; the replies under them stay."""
    paragraphs = extract_page(DOUBAN).paragraphs
    assert not any("2008-08-22 08:34:35" in p or "如果我就不想上班呢" in p for p in paragraphs)
    assert "真强！~~~~服了" in paragraphs and "收" in paragraphs
