"""A sixty-third audit on Chinese forum threads outside the dev set, and what newsmend reads on them.

The reference convention (magic-html's forum pages, read as pairs of page and truth): a thread's text is its title
and its posts' text, short replies and quoted posts included; the column beside each post (the poster's name, rank,
points, online state, motto) and the post's info line (floor, date, buttons) are not text.

The pages are saved pages of a Discuz! 7 board (2009-2010, GBK as declared) from howardrotterdam/backup-1984bbs, read
in 16,000-character pieces and transcribed trimmed (the inline chat script, most of the viewer's menu, the comment
markup of each poster's buttons and the tabs of the markup cut; each post's markup and text as the page has it,
encoded back to GBK), in ``tests/fixtures/pages/unseen-zh34/``:

- howardrotterdam/backup-1984bbs ``sbb4891/4国家局域网研究所/2009-12-28
  现在的网络环境，哪种翻墙手段最安全？VPN or SSH or HTTP代理？.php``: a board's thread on which proxy is safest, a
  banner and a notice over it, eleven posts, each a table whose author column (``td.postauthor``) holds the poster's
  linked name and, for six of them, the motto the poster set (``p.customstatus``:
  ``很乐意在意想不到的时候捅你一刀的沉默看客``, ``从属: 人类社会进步的原动力 - 懒人``), and whose content column
  holds the floor and date line, the text (``div#postmessage_…``) and the quote and reply buttons; a quick-reply
  form, the board's staff list and a footer (``1984bbs-vpn-ssh-2010.html``: all eleven posts kept);
- howardrotterdam/backup-1984bbs ``sbb4891/4国家局域网研究所/2010-8-15 OAuth协议是什么.php``: the same board's thread
  asking what OAuth is, ten posts in the same markup: a one-line first post, a reposted blog abstract closed by its
  repost notice (``本文来自CSDN博客，转载请标明出处：…``), three replies quoting an earlier post (``div.quote``: an
  ``引用:`` label and a ``blockquote`` opening ``原帖由 0v0 于 2010-8-15 21:34 发表``), three replies under their
  reply subjects (``<h2>回复 6楼 库存袈裟 的话题</h2>``) (``1984bbs-oauth-2010.html``: all ten posts kept).

Neither is in the dev set (by their sentences). On the proxy thread newsmend read the title, the first poster, the
date and every post's text, short replies included, but kept three posters' mottos as replies of their own (the ones
punctuated like prose: ``内心抗争的屁民一个——“为什么要给畜牲自由？…” @huicn``); the other three went as short
lines outside the posts. Fixed (``content/pruning.py``, ``_GLUED_POSTER_ENDINGS``): a class word ending in a
poster-card word glued after another word (``postauthor``, as ``postprofile`` was listed) names the poster's card,
whose lines leave a thread however punctuated. 0 of 798 dev pages change (no dev thread names its cards so).
trafilatura reads the banner notice and two posters' columns of the proxy thread; readability keeps the posts but
drops the three one-line replies.

On the OAuth thread newsmend read the title, the date and every post, but credited the thread to its first two
posters (``欣子``, ``xiaolee``): the lines the selection skips between the body's first three lines are where a byline
stands under a standfirst, and after a one-line first post they reached into the second post's poster column. Fixed
(``fields/evidence.py``, ``_first_post_head``): credits are read in that head only up to a thread's next post, the
first block standing in another element of the kind of one holding an earlier body line, when the first element holds
a skipped line of its own (its poster) and the second body text after the block (a post). 2 of 798 dev pages change,
each to its first poster: magic-html forum-13e5e1dc (a board's ``Angie``, ``Jana``, ``Nancy Roussy`` to ``Angie``,
who opened the thread) and forum-b5bb3713 (a film's short reviews, the third reviewer ``小咸鱼`` to the first,
``JANINE``); both are labelled with no author. Without the second box's text after the block, a board's forum
header ended the head before its first post's user card, and its date went (magic-html forum-a7f7b83e); reading the
whole head so (captions too) took a teaser list's second picture credit (readability-testpages nytimes-5): credits
only. Left as found: the quotes' ``引用:`` labels and
the reply subjects stay lines of their posts, the quotes' attribution lines go as post info lines (a date and a clock
time), and so does the repost notice (a source line); the dev threads set no such quote label to learn from.
trafilatura reads the board's notice and a poster's column of the OAuth thread, readability the fifth post alone.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.content.pruning import _names_poster

#: A thread of four posts in boxes of one kind, each with its poster's line and date line (skipped) over its text;
#: the first post is one line, so the lines skipped between the body's first three reach into the next posts.
_POST = (
    '<div class="post"><div class="author">{}</div><div class="info">发表于 2020-5-1 10:0{}</div>'
    '<div class="message"><p>{}</p></div></div>'
)
_REPLIES = (
    ("张三", "这个问题我也想知道。"),
    ("李四", "我觉得这样做比较好，因为第一次设置以后就不用再改了，大家可以试试看效果如何。"),
    ("王五", "同意楼上的说法，我也是这么用的，一直没有出过问题，推荐大家都这样设置一下。"),
    ("赵六", "谢谢各位的回答，问题已经解决了，原来是路由器的设置有问题，改过以后就好了。"),
)

VPN = "unseen-zh34/1984bbs-vpn-ssh-2010.html"
OAUTH = "unseen-zh34/1984bbs-oauth-2010.html"

GUARDS = [
    # Read right once the mottos go: the title, the first poster, the first post's date, the first post first and
    # the last reply last; the banner, the notice, the mottos, the info lines, the buttons, the form and the staff
    # list out.
    Guard(
        VPN,
        "现在的网络环境，哪种翻墙手段最安全？VPN or SSH or HTTP代理？",
        ["rhythmofwolf"],
        "2009-12-28T15:25",
        "现在能用https就用https，能翻墙用国外IP就用国外IP。",
        "不当出头鸟就行了,他们也不可能每个人都监控的",
        (
            "能截图的截图",
            "发布新话题与讨论建议及审查说明",
            "内心抗争的屁民一个",
            "人类社会进步的原动力",
            "中共国十大特征",
            "沉默看客",
            "只看该作者",
            "快速回复主题",
            "顾问",
        ),
    ),
    # The thread's first poster alone (see its test), the first post's date, the one-line first post first and the
    # last reply, under its quote, last; the mottos, the info lines, the donation link and the form out.
    Guard(
        OAUTH,
        "OAuth协议是什么",
        ["欣子"],
        "2010-08-15T10:34",
        "据说以后上推改用这种方式了",
        "也就是说，只要翻墙登录一次，就已经给自己使用的那个第三方OAuth在推特官方给了一个授权",
        (
            "无所畏惧的草泥马",
            "草泥马一匹",
            "GFW出没注意",
            "想象力比知识更重要",
            "只看该作者",
            "1984bbs是一个非营利项目",
            "快速回复主题",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_glued_poster_word_names_the_card() -> None:
    """Discuz! 7 sets each poster's column as ``td.postauthor``: the class word glues ``author`` after ``post``, and
    the prose-like mottos in it stayed as replies. A class word ending in a long poster-card word names the card
    (``pruning._GLUED_POSTER_ENDINGS``); a short word glued so (``autor`` in ``postautor``) or a card word opening
    another (``authority``) names none."""
    assert _names_poster("td.postauthor")
    assert _names_poster("div.userprofile")
    assert not _names_poster("td.postautor")
    assert not _names_poster("div.authority")
    paragraphs = extract_page(VPN).paragraphs
    assert "安全只是个程度，像在这留下的，如果有必要某些人还是能看到" in paragraphs
    assert not any("人类社会进步的原动力" in p or "为什么要给畜牲自由" in p for p in paragraphs)
    assert len(paragraphs) == 16


def test_next_posts_poster_credits_no_thread() -> None:
    """The lines skipped between the body's first lines are where a byline stands; after a one-line first post they
    held the next posts' poster lines, and the OAuth thread was credited to its first two posters. Credits are read
    there only up to the next box of a post's kind holding a skipped line and text of its own
    (``fields.evidence._first_post_head``); a byline in a layout's next row, the row before it holding a standfirst
    alone, still credits the story."""
    assert extract_page(OAUTH).author == ["欣子"]
    thread = "".join(_POST.format(name, n, text) for n, (name, text) in enumerate(_REPLIES))
    assert newsmend.extract(_page(f'<div id="thread"><h1>路由器怎么设置</h1>{thread}</div>')).author == ["张三"]
    text = "".join(f"<p>{sentence}</p>" for _, sentence in _REPLIES[1:])
    rows = (
        '<div class="row"><p class="lead">路由器设置一次以后，大多数家庭都不用再改。</p></div>'
        f'<div class="row"><div class="byline">记者 张三</div>{text}</div>'
    )
    assert newsmend.extract(_page(f"<h1>路由器怎么设置</h1>{rows}")).author == ["张三"]


def _page(body: str) -> bytes:
    """A page titled as the thread and the story above, holding ``body``."""
    return f"<html><head><title>路由器怎么设置</title></head><body>{body}</body></html>".encode()
