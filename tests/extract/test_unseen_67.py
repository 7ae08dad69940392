"""A sixty-seventh audit on Chinese pages of the other kinds (blog posts, WeChat articles, Q&A pages) outside the dev
set, and what newsmend reads on them.

The reference convention (magic-html's Chinese pages of these kinds, read as pairs of page and truth): a blog post's
text is its body as the page shows it, its sub-headings and code lines included, without the post's footer (the
author box, the buttons, the previous and next links); a WeChat article's text is ``div#js_content``'s, the closing
source or signature line included; a Q&A page's text is the question and its answers, without the engine's labels,
buttons and notes on how an answer was chosen.

The pages were found by their templates' marks in public repositories, read in 16,000-character pieces and
transcribed, in ``tests/fixtures/pages/unseen-zh36/``:

- a 2016 WeChat official-account article (``mp.weixin.qq.com``: ``div#js_content``) on folic acid before pregnancy,
  saved whole and served again as a JSP view by a maternal-health WeChat app's repository (lmxxlm/holier_app, one of its
  ``wx_qzfb`` views; the index's file id 17026377746): the comment editor's hidden box over the article
  (``留言将由公众号筛选后显示``, ``提交``, ``我的留言``, ``已留言``), the headline (``h2#activity-name``), the date
  (``em#post-date`` ``2016-07-01``) and the account's name (``a#post-user`` ``衢州妇保``) over the text, five paragraphs
  and a picture (its ``src`` rewritten by the app), a department and writer's signature closing the text
  (``衢州市妇幼保健院健康教育科 汪雪梅``, indented with ``&nbsp;``), the hidden reading counter and report link after it
  (``weixin-qzfb-folic-acid-2016.html``: the JSP directives, the page's security and reporting scripts and the toast's
  inline PNG cut);
- a 2011 cnblogs post on functional programming (``div#cnblogs_post_body``), a saved copy of the post's ``div.post`` (no
  ``<head>``; the index's file id 31201758415), the headline a link in ``h1.postTitle``, thirteen numbered sub-headings
  set as bold blue paragraphs, two block quotes (one a list), Python code written as paragraphs with ``<br>`` line
  breaks and ``&nbsp;`` indents, then the post's footer: the recommend, follow and favourite buttons, the author box
  (``飞林沙``, ``关注 - 22``, ``粉丝 - 433``, ``荣誉：推荐博客``), the vote counts, the previous and next posts' links
  (their ``title`` attributes ``发布于2011-03-05 14:40``) and the stamp ``posted @ 2011-03-07 23:12 飞林沙 阅读(59890)
  评论(54) 编辑 收藏`` (``cnblogs-functional-programming-2011.html``: all of it kept);
- a 2016 Baidu Zhidao question page (``zhidao.baidu.com``, GBK as declared) asking how to push a local project to
  GitHub, saved by a repository of scraped pages (the index's file id 33921473828, 130,790 characters): the question's
  title (``span.ask-title`` in the ``<h1>``), its text (``span.con``) and the asker's link, one best answer
  (``div.wgt-best``: ``推荐于2016-07-01 04:36:25``, ``最佳答案``, the answer in a ``pre.best-text`` whose lines are
  ``<br>``-parted: a Git guide of steps, commands and error messages, ``如果输入$ ssh -T git@github.com`` one of them),
  the asker's follow-up (``追问``, its commands in a ``pre``), the answer's endorsement note (``本回答由电脑网络
  分类达人 郭强推荐``) and its comment and vote buttons, then an ad slot, ``其他类似问题``, ``github的相关知识`` and
  ``等待您来回答`` lists (``zhidao-github-push-2016.html``: the head's monitoring and HTTPS-check scripts and the page
  script's topic list cut, the menus cut to a few entries, the lists to five, three and two items; the page after the
  third list, not read, cut; encoded back to GBK);
- a 2018 column post of the same Q&A portal's daily (``zhidao.baidu.com/daily``, GBK as declared) on a teenager's
  diabetic ketoacidosis blamed on spicy snacks, saved as a Python string by a scraper's repository (the index's file id
  42565988627, 62,740 characters): a lead picture, the ``<h1>``, an info line (``2018-03-12 | 蝌蚪五线谱 原创 收藏(2)
  |``, the column's name a link to ``/daily/author?un=蝌蚪五线谱``), the text in ``div#daily-cont`` with eight pictures,
  each followed by a centred ``<sup>`` caption paragraph (``辣条（图片来源：amazon.com）``), a formula whose arrows and
  minus signs the saver lost to ``?``, bracketed reference marks (``【1】``) and a ``参考文献`` list of five references,
  then a ``特别声明`` box with the platform's disclaimer (``本文为自媒体、作者等在百度知道日报
  上传并发布，仅代表作者观点，不代表百度知道日报的观点或立场…``), an ad slot, a like button, the column's author box and
  a hot-posts list (``zhidao-daily-latiao-2018.html``: the Python string's quotes, the head's monitoring scripts and the
  logged-in user's data cut, the menus to a few entries, the hot list to three of its twelve posts; the page after the
  list, not read, cut; encoded back to GBK).

None is in the dev set (by their sentences).

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

On the Q&A page newsmend read the title (the question, without the site's name), the date (the answer's
``推荐于`` time, as trafilatura reads it) and the text from the question's own words through the answer and the
follow-up, each ``<br>`` line a line, but for two lines. The guide's ``如果输入$ ssh -T git@github.com`` left the text:
a name and an e-mail address on a line are a byline (``张三 zhang@example.com``), and ``如果输入$ ssh -T`` was read as
the name. A name holds no shell prompt, assignment, brace, backslash or command option (``fields/lines.py``,
``_COMMAND_MARKS_RE`` in :func:`email_byline`): the command line stays the text's. And the answer's endorsement note
closed the text: ``本回答由`` / ``本回答被`` opening a line is a Q&A engine's note on how the answer was chosen
(``content/pruning.py``, ``_BOILERPLATE``), no answer's text (magic-html's Zhidao truths keep neither such note nor
the engine's labels). Neither moves any of the 798 dev pages. trafilatura opens its text with the answer's
``推荐于`` time and ``最佳答案`` and closes it with the ad slot's heading and the related list; readability reads the
follow-up alone. Left as found: the asker (``饕餮超旖旎``) is no author (the answerer is anonymous); the related
list is the ``github的相关知识`` list's, its second title keeping its vote count (``github怎么用 ubuntu 5``), the
``其他类似问题`` list not read.

On the column post the title, the date, the text with its captions in their places (listed too, their ``图片来源``
mark making them captions), its formula and its references were read right, the hot list as the related stories.
The author was missing: the info line's link to the column names it in the query (``/daily/author?un=X``) where
author pages are read by a path segment after ``/author/``; a writer's segment followed by a query naming the person
is an author page too (``fields/evidence.py``, ``_AUTHOR_HREF_RE``), a bare index (``/people/``) or a profile's query
(``/profile?tab=…``, the reader's own page as often) still none. And
the text closed with the platform's ``特别声明`` and disclaimer: the disclaimer that the views are the author's was read
in one word order (``观点仅代表作者``), and ``仅代表作者观点`` is the same notice (``fields/lines.py``,
``_COPYRIGHT_RE``; it leaves the text as the page's notice, the copyright field, as the other order does), and
``免责声明``, ``特别声明``, ``版权声明`` as the whole line are a notice's label (``content/pruning.py``,
``_BOILERPLATE``). 1 of 798 dev pages changes: gne-zh-unlabelled guancha-guancha's copyright, from the footer's
``Copyright © 2019 观察者 All rights reserved。`` to ``本文仅代表作者个人观点。`` in the list of notices under its text
(beside its editor's line), the page's own notice by the rule both word orders now share (unlabelled; the footer's
names the holder, the text's notice is nearer the story: accepted as the convention's reading). trafilatura reads
the same text to the references, the disclaimer out, and credits the author box's lines (``关注作者 蝌蚪五线谱
北京市政府投资建设…``); readability keeps the label and the disclaimer and credits no one.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.content.pruning import is_ui_wording
from newsmend.fields.evidence import _AUTHOR_HREF_RE
from newsmend.fields.lines import email_byline, is_copyright, is_meta_line, labelled_values

WEIXIN = "unseen-zh36/weixin-qzfb-folic-acid-2016.html"
CNBLOGS = "unseen-zh36/cnblogs-functional-programming-2011.html"
ZHIDAO = "unseen-zh36/zhidao-github-push-2016.html"
DAILY = "unseen-zh36/zhidao-daily-latiao-2018.html"

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
    # The question's title and text, the best answer's time, the answer and the follow-up to its last line; the
    # menus, the answer's labels, its endorsement note (see its test), the buttons and the question lists out.
    Guard(
        ZHIDAO,
        "怎么把本地工程上传到到github？",
        None,
        "2016-07-01T04:36:25",
        "库已经创建好，已经把库用客户端下载带本地",
        "弄好了，来点简便的这样更好",
        (
            "百度知道",
            "搜索答案",
            "最佳答案",
            "推荐于",
            "追问",
            "本回答由",
            "评论",
            "为您推荐",
            "其他类似问题",
            "等待您来回答",
        ),
    ),
    # The column linked in the info line (see its test), the date, the text from the lead to the references; the
    # info line's buttons, the disclaimer and its label (see its test), the ad slot, the like button, the author box
    # and the hot list out.
    Guard(
        DAILY,
        "吃辣条引起糖尿病酮症酸中毒？这个锅，辣条不背哦！",
        ["蝌蚪五线谱"],
        "2018-03-12",
        "辣条，是一种很神奇的食物。",
        "【5】尹延伟等. 糖尿病酮症酸中毒相关危险因素分析[J]. 临床急诊杂志, 2012(02): 94–96.",
        ("原创", "收藏(2)", "特别声明", "仅代表作者观点", "为您推荐", "点个赞吧", "关注作者", "北京市政府", "光绪"),
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


def test_command_line_writing_an_address_is_no_byline() -> None:
    # A step of the answer's guide types a command at an address: a prompt's $, an option (-T) are no name's, and
    # the line stays in the text between the steps around it; a name before an address is still a byline.
    paragraphs = extract_page(ZHIDAO).paragraphs
    step = paragraphs.index("如果输入$ ssh -T git@github.com")
    assert paragraphs[step + 1].startswith("出现错误提示：Permission denied (publickey).")
    assert email_byline("如果输入$ ssh -T git@github.com") is None
    assert email_byline("git config user.email=you@example.com") is None
    assert email_byline("Jean-Luc Picard jl@example.com") == ("Jean-Luc Picard", "jl@example.com")
    assert email_byline("张三 zhang@example.com") == ("张三", "zhang@example.com")


def test_qa_endorsement_note_is_no_answer_text() -> None:
    # 本回答由…推荐 under the best answer says who chose it, as 本回答被提问者采纳 says the asker did: the engine's
    # note, not the answer's last line; a sentence about an answer is the text's.
    assert extract_page(ZHIDAO).paragraphs[-1] == "弄好了，来点简便的这样更好"
    assert is_ui_wording("本回答由电脑网络分类达人 郭强推荐")
    assert is_ui_wording("本回答被提问者采纳")
    assert not is_ui_wording("这个回答由三部分组成。")


def test_author_page_named_by_its_query_credits_the_column() -> None:
    # /daily/author?un=X names the column as /author/x would; a people index alone names no one, and a profile's
    # query is as often the reader's own account page.
    article = extract_page(DAILY)
    assert article.author == ["蝌蚪五线谱"]
    assert _AUTHOR_HREF_RE.search("/daily/author?un=蝌蚪五线谱&ie=gbk")
    assert _AUTHOR_HREF_RE.search("https://example.com/author/jane-doe/")
    assert not _AUTHOR_HREF_RE.search("http://ent.163.com/people/")
    assert not _AUTHOR_HREF_RE.search("/authors?")
    assert not _AUTHOR_HREF_RE.search("/profile?tab=settings")


def test_views_disclaimer_in_either_order_is_a_notice() -> None:
    # 仅代表作者观点 is the disclaimer 观点仅代表作者 is; its box's label 特别声明 alone is no sub-head of the text.
    article = extract_page(DAILY)
    assert article.disclaimer is not None and "仅代表作者观点" in article.disclaimer
    assert article.paragraphs[-1].startswith("【5】")
    assert is_copyright("本文仅代表作者个人观点，不代表本站立场。")
    assert is_copyright("观点仅代表作者本人")
    assert is_ui_wording("特别声明") and is_ui_wording("免责声明")
    assert not is_ui_wording("特别声明发布后，公司股价下跌。")
