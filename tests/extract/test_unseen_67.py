"""A sixty-seventh audit on Chinese pages of the other kinds (blog posts, WeChat articles) outside the dev set, and
what newsmend reads on them.

The reference convention (magic-html's Chinese pages of these kinds, read as pairs of page and truth): a blog post's
text is its body as the page shows it, its sub-headings and code lines included, without the post's footer (the
author box, the buttons, the previous and next links); a WeChat article's text is ``div#js_content``'s, the closing
source or signature line included.

The pages were found by their templates' marks in public repositories, read in 16,000-character pieces and
transcribed, in ``tests/fixtures/pages/unseen-zh36/``:

- a 2016 WeChat official-account article (``mp.weixin.qq.com``: ``div#js_content``) on folic acid before pregnancy,
  saved whole and served again as a JSP view by a health app's repository (the search's id 17026377746): the
  comment editor's hidden box over the article (``留言将由公众号筛选后显示``, ``提交``, ``我的留言``, ``已留言``), the
  headline (``h2#activity-name``), the date (``em#post-date`` ``2016-07-01``) and the account's name
  (``a#post-user`` ``衢州妇保``) over the text, five paragraphs and a picture (its ``src`` rewritten by the app), a
  department and writer's signature closing the text (``衢州市妇幼保健院健康教育科 汪雪梅``, indented with
  ``&nbsp;``), the hidden reading counter and report link after it (``weixin-qzfb-folic-acid-2016.html``: the JSP
  directives, the page's security and reporting scripts and the toast's inline PNG cut);
- a 2011 cnblogs post on functional programming (``div#cnblogs_post_body``), a saved copy of the post's
  ``div.post`` (no ``<head>``), the headline a link in ``h1.postTitle``, thirteen numbered sub-headings set as bold
  blue paragraphs, two block quotes (one a list), Python code written as paragraphs with ``<br>`` line breaks and
  ``&nbsp;`` indents, then the post's footer: the recommend, follow and favourite buttons, the author box
  (``飞林沙``, ``关注 - 22``, ``粉丝 - 433``, ``荣誉：推荐博客``), the vote counts, the previous and next posts' links
  (their ``title`` attributes ``发布于2011-03-05 14:40``) and the stamp ``posted @ 2011-03-07 23:12 飞林沙
  阅读(59890) 评论(54) 编辑 收藏`` (``cnblogs-functional-programming-2011.html``: all of it kept).

Neither is in the dev set (by their sentences).

newsmend read the WeChat article right: the headline, the date, the account as the source (trafilatura names none),
the five paragraphs from the lead to the signature, the comment editor and the counters out. Left as found: no
author. The signature names a department and, after spaces, a person; a line of an organisation and a name closing a
text is as often the unit that supplied it, and trafilatura and readability credit no one either.

On the blog post the title, the author (the author box's link), the text from ``1. 概论`` to the last paragraph, its
sub-headings, quotes and code lines (each ``<br>`` line a line of its own, as trafilatura reads them) were right; the
post's footer stayed out. The date was missing: the stamp under the post (eleven blocks after the text, past the two
whose dates count as the text's) writes ``posted @`` + the date, an at-sign for "at" after the label, which no
separator allowed. A date label's at-sign before a date is its separator (``fields/lines.py``, ``_LABEL_RE``,
``_label_allowed``): the line is a labelled meta line and its date the post's, as trafilatura reads it (readability
reads no date). 1 of 798 dev pages changes: magic-html article-66211fc426fc7016, a 2024 cnblogs post, from no date to
its stamp's ``2024-05-09T14:45`` (labelled none; its ``span#post-date`` says the same).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.fields.lines import is_meta_line, labelled_values

WEIXIN = "unseen-zh36/weixin-qzfb-folic-acid-2016.html"
CNBLOGS = "unseen-zh36/cnblogs-functional-programming-2011.html"

GUARDS = [
    # Read right: the headline, the date, the five paragraphs to the signature; the comment editor's box, the
    # account's name (the source) and the counters out.
    Guard(
        WEIXIN,
        "备孕，别忘了补充叶酸",
        None,
        "2016-07-01",
        "全面二孩政策落地，一大批高龄女性加入备孕大军。",
        "衢州市妇幼保健院健康教育科 汪雪梅",
        ("留言将由公众号筛选后显示", "提交", "我的留言", "已留言", "加载中", "投诉", "衢州妇保"),
    ),
    # The author box's name, the stamp's date under the post (see its test), the text from the first sub-heading
    # to the last paragraph; the buttons, the author box, the vote counts, the previous and next links out.
    Guard(
        CNBLOGS,
        "函数式编程扫盲篇",
        ["飞林沙"],
        "2011-03-07T23:12",
        "1. 概论",
        "尽情地去体验函数式编程带给我们的快乐把！",
        ("好文要顶", "关注我", "收藏该文", "粉丝", "推荐博客", "+加关注", "上一篇", "下一篇", "posted @", "阅读("),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda g: g.page.split("/")[-1])
def test_unseen_67_page_reads_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_blog_posts_code_lines_stay_in_order() -> None:
    # The code written as paragraphs with <br> line breaks reads line by line, in the page's order, between the
    # sentences around it.
    paragraphs = extract_page(CNBLOGS).paragraphs
    start = paragraphs.index("让我们先来看两段程序，首先是我们常见的一种包含赋值的程序：")
    code = ["class Account:", "def __init__(self,balance):", "self.balance = balance"]
    assert paragraphs[start + 1 : start + 4] == code
    assert "print(account.despositTwice())" in paragraphs[start + 4 : start + 14]


def test_at_sign_after_a_date_label_separates_its_date() -> None:
    # A blog's stamp writes "posted @" + the date: the at-sign stands for "at", and the line is the post's date line.
    # Without a date after it the at-sign separates nothing (an e-mail address, a place), nor after other labels.
    stamp = "posted @ 2011-03-07 23:12 飞林沙 阅读(59890) 评论(54) 编辑 收藏"
    values = labelled_values(stamp)
    assert [(v.field, v.value[:16]) for v in values] == [("date", "2011-03-07 23:12")]
    assert is_meta_line(stamp)
    assert labelled_values("Posted @ home with the kids") == []
    assert labelled_values("posted@example.com") == []
    assert labelled_values("By @jane_doe") == []
