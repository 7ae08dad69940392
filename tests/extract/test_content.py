"""Main-content selection on HTML pages: each test is one mechanism, on a page shaped like real news sites."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmend
from newsmend.blocks import Block
from newsmend.content import Selection, select_main
from newsmend.content.growth import GROW_LEVELS, _classes, _grow_reach
from newsmend.content.paths import element_kind, is_furniture, names_signature
from newsmend.content.pruning import (
    _POST_STAMP_RE,
    _PROMPT_LINE,
    _is_edit_note,
    _is_post_info,
    _runs_unbroken,
    _shows_address,
    is_ui_wording,
)
from newsmend.content.values import block_stats, names_attachment
from newsmend.fields.dates import parse_date
from newsmend.fields.evidence import _PICTURE_HREF_RE
from newsmend.html import parse_html

PLAYERS = Path(__file__).parent.parent / "fixtures" / "pages" / "players"

PARAGRAPHS = [
    "新华社北京5月20日电 记者从有关部门获悉，今年前四个月全国铁路完成旅客发送量同比增长，运输形势持续向好。",
    "据介绍，铁路部门优化列车开行方案，在客流集中的线路增开夜间高铁和临时旅客列车，满足群众出行需求。",
    "与此同时，货运方面继续推进大宗货物运输“公转铁”，电煤、粮食等重点物资运输得到有力保障。",
    "业内人士表示，随着暑运临近，铁路部门将进一步加强运力调配，确保旅客出行安全有序。",
]
NAV = "<ul class='nav'>" + "".join(f"<li><a href='/c{i}'>频道{i}</a></li>" for i in range(12)) + "</ul>"
FOOTER = "<div class='footer'><p>Copyright © 2024 某某网 版权所有 京ICP备00000000号</p></div>"


def article(extra_class: str = "article") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<div class='{extra_class}'><h1>前四个月铁路客运量同比增长</h1>{paragraphs}</div>"


def body_of(html: str) -> list[str]:
    page = parse_html(html)
    return [page.blocks[i].text for i in select_main(page).body]


def test_article_between_menus_and_footer() -> None:
    body = body_of(f"<html><body>{NAV}{article()}{FOOTER}</body></html>")
    assert body[0] == "前四个月铁路客运量同比增长"
    assert body[1:] == PARAGRAPHS


def test_teaser_list_beside_a_short_article_stays_out() -> None:
    teasers = "".join(
        f"<li class='item'><a href='/n{i}'>相关新闻标题第{i}条</a>"
        f"<p>这是一条相关新闻的摘要，介绍了另一件事情的来龙去脉，内容较长，字数与正文段落相当。【详细】</p>"
        f"<span>2024-05-2{i % 10} 09:41</span></li>"
        for i in range(10)
    )
    html = (
        f"<html><body>{NAV}<div class='main'><div class='left'>{article()}</div>"
        f"<div class='list'><h3>相关新闻</h3><ul>{teasers}</ul></div></div>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert PARAGRAPHS[0] in body
    assert not any("相关新闻的摘要" in text for text in body)


def test_forum_thread_keeps_every_post() -> None:
    posts = "".join(
        f"<div class='post' id='post_{i}'><div class='author'><a href='/u{i}'>用户{i}</a><span>3楼</span></div>"
        f"<div class='post-body'><p>第{i}位网友认为，问题的关键在于配置文件的路径写错了，改完重启即可。</p></div>"
        f"<div class='actions'><a href='#'>回复</a> <a href='#'>点赞</a></div></div>"
        for i in range(6)
    )
    body = body_of(f"<html><body>{NAV}<div class='thread'>{posts}</div>{FOOTER}</body></html>")
    assert sum("位网友认为" in text for text in body) == 6


def test_thread_of_short_unpunctuated_replies_keeps_them_without_their_furniture() -> None:
    """Replies like "元旦快乐" are not prose and score below zero, yet they are the thread; the first answer sits
    in another wrapper than the rest, and the author, date and button lines around each post stay out. A run
    of one-word replies is no widget."""
    replies = ["元旦快乐", "试过不行呢", "羡慕", "同问", "顶", "我们放一天上一天再放一天", "这放假方式有点奇特啊"]

    def post(text: str, i: int) -> str:
        return (
            f"<div class='comment'><div class='meta'><a href='/u{i}'>用户{i}</a><span>2024-01-0{i + 1} 10:3{i}</span>"
            f"</div><div class='comment-body'><div class='content'><p>{text}</p></div></div>"
            f"<div class='actions'><span>回复</span><span>赞 {i}</span></div></div>"
        )

    first = f"<div class='featured'>{post(PARAGRAPHS[0] + PARAGRAPHS[1], 9)}</div>"
    rest = "<div class='list'>" + "".join(post(text, i) for i, text in enumerate(replies)) + "</div>"
    body = body_of(f"<html><body>{NAV}<div class='thread'>{first}{rest}</div>{FOOTER}</body></html>")
    assert body == [PARAGRAPHS[0] + PARAGRAPHS[1], *replies]


def test_opening_post_whose_paragraph_has_an_id_keeps_the_replies() -> None:
    """A post's own leaf element is left out of its kind whatever names it: ``<p id="topic">`` is a ``<p>`` as the
    replies' paragraphs are (its kind ``p#topic`` once hid the tag, and the thread lost every reply)."""
    replies = ["元旦快乐", "试过不行呢", "羡慕", "同问", "顶", "我们放一天上一天再放一天", "这放假方式有点奇特啊"]

    def post(text: str, i: int, own: str = "") -> str:
        return (
            f"<div class='comment'><div class='meta'><a href='/u{i}'>用户{i}</a><span>2024-01-0{i + 1} 10:3{i}</span>"
            f"</div><div class='comment-body'><div class='content'><p{own}>{text}</p></div></div>"
            f"<div class='actions'><span>回复</span><span>赞 {i}</span></div></div>"
        )

    topic = post(PARAGRAPHS[0] + PARAGRAPHS[1], 9, " id='topic'")
    first = f"<div class='featured'>{topic}</div>"
    rest = "<div class='list'>" + "".join(post(text, i) for i, text in enumerate(replies)) + "</div>"
    body = body_of(f"<html><body>{NAV}<div class='thread'>{first}{rest}</div>{FOOTER}</body></html>")
    assert body == [PARAGRAPHS[0] + PARAGRAPHS[1], *replies]

def _question_with_answers(head: str) -> str:
    question = (
        f"<div class='question'><h1>配置文件的路径怎么写</h1><div class='detail'><p>{PARAGRAPHS[0]}</p></div></div>"
    )
    answers = "".join(
        f"<div class='answer-item'><div class='author'><a href='/u{i}'>用户{i}</a></div>"
        f"<div class='answer-text'><p>第{i}个回答：路径写相对路径就行</p></div></div>"
        for i in range(4)
    )
    thread = f"<div class='main'>{question}<div class='answers'>{answers}</div></div>"
    return f"<html>{head}<body>{NAV}{thread}{FOOTER}</body></html>"


def test_question_keeps_the_answers_of_another_make() -> None:
    """The question is the densest post; the answers below it are built differently (no shared kind to grow
    over) but their containers say they are answers: the thread is question and answers, without authors."""
    body = body_of(_question_with_answers("<head></head>"))
    assert body == ["配置文件的路径怎么写", PARAGRAPHS[0], *(f"第{i}个回答：路径写相对路径就行" for i in range(4))]


def test_comments_under_a_declared_article_stay_out() -> None:
    """A page that declares itself an article (``og:type``) keeps its readers' comments out of the body."""
    body = body_of(_question_with_answers("<head><meta property='og:type' content='article'></head>"))
    assert PARAGRAPHS[0] in body
    assert not any("回答" in text for text in body)


def test_replies_far_beside_a_post_of_another_make_join_it() -> None:
    """An image board's post (a trimmed copy of a magic-html forum page: scripts, styles and most attributes removed):
    its description sits in the media column, seven levels below the element that also holds the comment list
    (``div.GalleryComment`` items, each body under a poster line, points and a menu). The comments, outweighing the
    description, are the thread's replies however far up their list sits; their poster lines and points stay out.
    Under a description three times as long (a story's text over its readers' few comments) they stay out."""
    page = (PAGES / "threads" / "image-post-comments.html").read_bytes()
    paragraphs = newsmend.extract(page).paragraphs
    assert paragraphs[0].startswith("It appears that a brilliant fireball spotted by many people in Portugal")
    assert paragraphs[1:] == [
        "Yep that's gonna be reposted a 1500 times in the next few days",
        "I unmuted and whatever they said made my dog start floating in the air",
        paragraphs[3],
        "Green Lantern marketing is crazy!",
    ]
    assert paragraphs[3].startswith("Interesting fact: all of the meteors that appear during the annual meteor")
    estimate = b"The European Space Agency (ESA) estimates"
    longer = newsmend.extract(page.replace(estimate, paragraphs[0].encode() * 2 + b" " + estimate)).paragraphs
    assert len(longer) == 1
    assert longer[0].startswith(paragraphs[0][:60])


def test_an_answer_named_as_content_over_its_renderer_is_the_thread_s_post() -> None:
    """A Q&A thread on developers.pub (a trimmed copy of a magic-html forum page, scripts and styles out): the
    answer's text sits in a markdown renderer's ``div`` inside ``div.comment-detail``, a nested reply's one line in
    ``div.comment-detail`` itself. The answer's kind is named like content by its reply element over the renderer, so
    the answer, three times the reply's text, joins the question rather than the asker's one-line thanks, which
    follows it as a reply to it (the posts' kind ends at ``div.comment-detail``)."""
    paragraphs = newsmend.extract((PAGES / "threads" / "question-answer-renderer.html").read_bytes()).paragraphs
    assert paragraphs[0] == "问题描述"
    assert paragraphs[-4:] == [
        "看一下这里的项目模块依赖关系：https://www.developers.pub/wiki/1166300/260",
        "如果新增功能，可以参考现在已有的功能，对应增加相关文件。",
        "这里项目用的 orm 是 mybatis，所以你这里也不需要用 jpa",
        "感谢大佬的指导。",
    ]


def test_nested_replies_set_straight_in_the_reply_s_text_element_are_posts() -> None:
    """A Q&A thread on developers.pub (a trimmed copy of a magic-html forum page, scripts, styles and icons out): the
    answers' text sits in a markdown renderer inside ``div.comment-detail``, the nested replies' one line straight in
    their own ``div.comment-detail``. The posts' kind ends at that element, named as a reply and like content, so the
    nested replies are posts too, not the thread's furniture; the poster lines beside them stay out."""
    paragraphs = newsmend.extract((PAGES / "threads" / "question-nested-replies.html").read_bytes()).paragraphs
    answers = ["已优化下载体验", "人太多，容易崩，我优化下😂", "我还以为是我网络的问题", "哈哈"]
    nested = ["现在确实可以了 感谢", "为啥", "怎么会这样"]
    assert all(line in paragraphs for line in answers + nested)
    assert paragraphs.index("现在确实可以了 感谢") == paragraphs.index("已优化下载体验") + 1
    assert not any("1周前" in line or "5天前" in line for line in paragraphs[1:])


def test_a_deleted_post_s_notice_is_no_text() -> None:
    """The same thread: a deleted reply's place holds the engine's notice (``该评论已删除``), no one's words; it
    goes, as do the notices of other engines and languages as the whole line, while a sentence about a deleted
    comment stays."""
    paragraphs = newsmend.extract((PAGES / "threads" / "question-nested-replies.html").read_bytes()).paragraphs
    assert "该评论已删除" not in paragraphs
    assert "人太多，容易崩，我优化下😂" in paragraphs
    notices = (
        "此回复已被删除！",
        "該評論已經被刪除",
        "[deleted]",
        "This comment has been removed by a moderator.",
        "This post was deleted by its author.",
    )
    for notice in notices:
        assert _PROMPT_LINE.match(notice)
    assert not _PROMPT_LINE.match("评论已删除后我们再谈这个问题。")
    assert not _PROMPT_LINE.match("This post was deleted by the author and restored a day later, which is odd.")


def test_a_post_s_reactions_line_is_no_text() -> None:
    """A Kunena thread (a trimmed copy of a magic-html forum page: scripts, styles and comments out): under a post the
    board lists who thanked its poster, ``The following user(s) said Thank You: xillibit``: the tally of a button's
    presses, no one's words. It goes, as do the lines of other engines naming or counting who reacted; the posts stay,
    and so does a sentence saying what people like."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-thank-you-list.html").read_bytes()).paragraphs
    assert "I will check it but i have only easysocial 4.0.13 not sure it works on Joomla! 5.x" in paragraphs
    assert not any("said Thank You" in line for line in paragraphs)
    reactions = (
        "qualmy91 and klwild have reacted to this post.",
        "87 people like this.",
        "1 person likes this.",
        "The Following 2 Users Say Thank You to Ken For This Useful Post:",
    )
    for line in reactions:
        assert _PROMPT_LINE.match(line)
    assert not _PROMPT_LINE.match("Most people like this kind of weather.")
    assert not _PROMPT_LINE.match("The following users said thanks were in order, and left.")


def test_a_post_s_attachment_link_is_its_text() -> None:
    """A BBScloud post (a trimmed copy of a magic-html forum page: scripts, styles and icons out) is a title line over
    its one attachment, ``<a href="/api/download?…">商标审查标准.pdf 10.12MB</a>``. Counted as a link, the post scored
    below zero and the empty comment list's ``暂无数据`` won; a link whose text is a file's name with its extension
    and/or its size is what the post gives, and both lines are the text. A linked address or a linked word is a link
    still."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-attachment-post.html").read_bytes()).paragraphs
    assert paragraphs == ["商标的资料", "商标审查标准.pdf 10.12MB"]
    for text in ("report.docx (245 KB)", "(2.3 MB)", "Scan.PDF", "a.zip 1,2 Mo"):
        assert names_attachment(text)
    for text in ("example.com", "Download", "https://us.v-cdn.net/uploads/image.png", "see report.pdf here", "v1.2"):
        assert not names_attachment(text)


def test_an_attachment_s_size_counts_in_any_digits_and_a_menu_word_is_none() -> None:
    """The attachment test rules a link text out first when it holds neither a dot nor a digit; the size's digits are
    any decimal digits, as the pattern's are (a full-width size, an Arabic-Indic one). A block without link text
    gives back none, its links or not."""
    for text in ("（３ MB）", "٣ KB", "报告.pdf"):
        assert names_attachment(text)
    for text in ("下载", "Download now", ""):
        assert not names_attachment(text)
    block = parse_html("<p>正文一段<a href='/f'>附件</a></p>").blocks[0]
    assert block_stats(block).link_chars == 2
    assert block_stats(parse_html("<p>正文一段，没有链接。</p>").blocks[0]).link_chars == 0


@pytest.mark.parametrize("ext", ["jpg", "PNG", "webp", "avif", "bmp", "tif", "svg"])
def test_a_picture_file_is_one_to_every_reader(ext: str) -> None:
    """A picture's file name reads as one to the three readers that ask: a linked ``chart.avif`` is an attached
    file's name (the block's own text), a line printing an upload's address ending in it is no address the post
    shows, and a link to it is a link to a picture (a caption linked to its photo). Each kept its own list, and
    ``.avif`` was no attachment, ``.bmp`` and ``.svg`` no picture to pruning nor to the fields."""
    assert names_attachment(f"chart.{ext}")
    assert not _shows_address(f"https://cdn.example.net/uploads/chart.{ext}")
    assert _PICTURE_HREF_RE.search(f"/media/chart.{ext}?w=1200")


def test_a_label_s_classes_leave_the_parser_s_marks_out() -> None:
    """An element's kind and its classes are read from its label's classes alone: an answer marked by the page's
    microdata or hidden by its class is of its unmarked siblings' kind, with one class as with two."""
    for label in ("div.answer~item:Answer", "div#a7.answer.accepted~item:Answer", "div.answer~invisible"):
        assert element_kind(label) == "div.answer"
    assert _classes("div#c12.comment.odd~item:Comment") == "div.comment.odd"
    assert _classes("div#c12~item:Comment") == "div#c"


def test_a_thread_s_comments_and_the_replies_nested_in_them_are_its_posts() -> None:
    """A learnku article page (a trimmed copy of a magic-html forum page: scripts, styles and icons out; it declares
    no article) under its post lists six comments (``div.text.comment-body.markdown-reply>div.px-3>p``) and the
    replies nested in two of them (``div.reply-comments-content``): two shapes of one thread's posts. The nested
    replies, more text and named like content by their kind, were the posts alone and the top-level comments went as
    the thread's furniture; both shapes are now posts, and the comments' meta lines (``1周前 评论``) stay out."""
    paragraphs = newsmend.extract((PAGES / "threads" / "comments-nested-replies.html").read_bytes()).paragraphs
    comments = ["直接执行 cmd 命令就可以了", "请给 猫猫 打码！", "警惕境外网络！"]
    comments += ["不维护了已经。", "直接使用 TUN 就好了"]
    nested = ["试过不行呢", "把系统代理关了再开 Tun", "@长日将尽 这个好像就可以了"]
    for line in comments + nested:
        assert line in paragraphs
    assert paragraphs.index("直接使用 TUN 就好了") < paragraphs.index("试过不行呢")  # in the page's order
    assert not any("评论" in line and "前" in line for line in paragraphs)


def test_a_hidden_post_s_notice_is_no_text() -> None:
    """A CareerCup question (a trimmed copy of a magic-html forum page: scripts and styles out) folds each voted-down
    answer under ``Comment hidden because of low score. Click to expand.``: the engine's stand-in where it hid a post,
    as a deleted post's notice is. The eleven notices go, the answers stay; a sentence saying something was hidden
    stays."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-hidden-comments.html").read_bytes()).paragraphs
    assert any(line.startswith("2. Make sure A and B are not first degree friends.") for line in paragraphs)
    assert not any("hidden because of low score" in line for line in paragraphs)
    notices = (
        "This post is hidden.",
        "This comment was collapsed by a moderator.",
        "Answer hidden due to low score",
        "This comment was hidden by its author.",  # who took it away is worded as on a deleted post's notice
    )
    for notice in notices:
        assert _PROMPT_LINE.match(notice)
    assert not _PROMPT_LINE.match("The post was hidden in a drawer for years.")


def test_the_box_for_a_new_post_is_a_reply_form() -> None:
    """A CodeProject question (a trimmed copy of a magic-html forum page, scripts and styles out): under the
    question sits the box for writing an answer (``div#NewEntryGroup>…>div.container-post.new-message``), whose
    guidance, four punctuated rules in ``div.callout>ol``, had outweighed the question's comment as the text. ``new``
    before a post's word in one id or class name names that box a reply form; ``news``, ``new`` alone and a post
    classed ``new`` name nothing."""
    paragraphs = newsmend.extract((PAGES / "threads" / "question-answer-form.html").read_bytes()).paragraphs
    assert paragraphs[-1] == (
        "An EID (a 32-bit number) allows your tablet to connect to a cellular network without the need for a"
        " physical SIM card, so you do not need an app for that."
    )
    assert not any("question carefully" in line or "Add your solution" in line for line in paragraphs)
    assert is_furniture("div.container-post.new-message")
    assert is_furniture("div#NewEntryGroup")
    assert not is_furniture("div.news-message")
    assert not is_furniture("div.new.post")  # a post flagged as unread


def test_a_comment_on_an_unanswered_question_joins_the_question() -> None:
    """The same CodeProject question, which no one has answered: its one comment, longer than the question's lines,
    wins the scoring alone. It stands in an element named as a comment inside the page's schema.org Question item,
    which holds no Answer item: the item is the thread, the question's text opens it and the comment follows; the
    poster and date lines, the vote prompt and the comment's header stay out."""
    paragraphs = newsmend.extract((PAGES / "threads" / "question-answer-form.html").read_bytes()).paragraphs
    assert paragraphs[0] == "How I can integrate EID with Tablet Do I need Mobile application for that ?"
    assert paragraphs[-1].startswith("An EID (a 32-bit number) allows your tablet")
    assert not any(
        line.startswith(("Posted", "Updated", "Please Sign up", "David Crow")) or line in ("Comments", "v2")
        for line in paragraphs
    )


def test_a_post_s_lines_set_by_br_in_a_div_stay_with_its_prose() -> None:
    """The same CodeProject question: its text is three ``<br>`` lines straight in a ``<div>``, a sentence, ``What I
    have tried:`` and ``i read the documents in ICO and I figure out android SDK`` (no closing stop). Lines of one
    element running unbroken beside a line of prose are the post's text, as a paragraph's are, not a thread's short
    furniture; an element whose own lines a child element interrupts (a comment's text, the commenter's box, its date)
    is no such run."""
    paragraphs = newsmend.extract((PAGES / "threads" / "question-answer-form.html").read_bytes()).paragraphs
    assert paragraphs[:3] == [
        "How I can integrate EID with Tablet Do I need Mobile application for that ?",
        "What I have tried:",
        "i read the documents in ICO and I figure out android SDK",
    ]
    assert _runs_unbroken([88, 89, 90])
    assert not _runs_unbroken([97, 99])  # the commenter's box stands between
    assert not _runs_unbroken([98])


def test_boxes_of_the_latest_and_most_active_posts_are_furniture() -> None:
    """A news forum's story page (Lucianne.com, a trimmed copy of a magic-html forum page, scripts and styles out):
    under the story's excerpt and its replies stand two boxes of the site's other posts, each item a headline, a
    source, a poster line and a long excerpt (``div.member-latest-posts-preview-container``,
    ``div.most-active-posts-preview-container``). Twelve excerpts outweighed the one story, and the newest posts' box
    was taken as the text. ``latest`` or ``recent`` before a word for posts (``recent-posts``, ``LatestNews``,
    ``widget_recent_entries``) and ``most active`` name such boxes furniture, as ``most read`` does; the text is the
    story the page's summary opens."""
    page = (PAGES / "threads" / "story-latest-posts-boxes.html").read_bytes()
    paragraphs = newsmend.extract(page).paragraphs
    assert any(p.startswith("Last week, something all too rare occurred: The House of") for p in paragraphs)
    assert not any("Posted by Moritz55" in p or p.startswith("The progressive journalist") for p in paragraphs)
    boxes = ("div.member-latest-posts-preview-container", "div#recent-posts-2", "div.LatestNewsBox-item")
    for box in (*boxes, "div.widget.widget_recent_entries", "div.most-active-posts-preview-container"):
        assert is_furniture(box)
    for name in ("div.recent", "div.latest-update", "div.news-latest", "div.active"):
        assert not is_furniture(name)


def test_an_edit_note_dated_before_its_editor_is_no_post_text() -> None:
    """An Invision thread on scienceforums.net (a trimmed copy of a magic-html forum page: scripts, styles, comments
    and data attributes out): under two posts the board notes ``Edited July 5, 2023 by Genady``, the date before the
    editor, which the edit-note words (``Edited by``) missed. Dated first in words or as an age, the note goes; a
    reply's sentence opening with the word and no date stays."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-edit-notes-spoilers.html").read_bytes()).paragraphs
    assert "You are correct, +1." in paragraphs
    assert not any(line.startswith("Edited") for line in paragraphs)
    assert _is_edit_note("Edited 3 hours ago by sethoflagos")
    assert _is_edit_note("Edited 5 May 2021 by Genady")
    assert _is_edit_note("Edited July 5th, 2023 by Genady")  # the date as a post's stamp writes it (_WORDED_DATE)
    assert not _is_edit_note("Edited the file on 5 May by hand, then ran it again.")


def test_a_spoiler_toggle_s_label_is_no_post_text() -> None:
    """The same Invision thread: each answer to the puzzle hides under a toggle labelled ``Reveal hidden contents``,
    the board's button, not a poster's words; it goes, as do other toggles' labels as the whole line, while a sentence
    opening with the words stays."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-edit-notes-spoilers.html").read_bytes()).paragraphs
    assert "Reveal hidden contents" not in paragraphs
    assert "Correct, and glad you liked it. +1" in paragraphs
    assert all(is_ui_wording(label) for label in ("Show spoiler", "Spoiler", "显示隐藏内容"))
    assert not is_ui_wording("Spoiler alert: the butler did it.")
    assert not is_ui_wording("Show the hidden contents of the box to me, please.")


def test_a_thread_s_summary_notice_is_no_post_text() -> None:
    """A bbPress thread on a magicians' forum (the trimmed magic-html forum page of
    :func:`test_stream_in_an_aside_loses_to_the_short_posts_of_a_thread`): over its posts the engine prints ``This
    topic has 4 replies, 2 voices, and was last updated 1 year ago by Kenny.``, a sentence no poster wrote. As the whole
    line it goes, as a forum's own count does; a sentence that says what a topic has stays."""
    paragraphs = newsmend.extract((EN_PAGES / "forum-beside-aside-stream.html").read_bytes()).paragraphs
    assert paragraphs[0] == "If you want to – tell us who the top mentalist in your country is."
    assert paragraphs[-1] == "Hi Bernie, yes he is from SA. Good observation."
    assert not any(line.startswith("This topic has") for line in paragraphs)
    assert _PROMPT_LINE.match("This forum has 12 topics, 40 replies, and was last updated 2 days ago by Ann.")
    assert not _PROMPT_LINE.match("This topic has 4 replies, and they all say the same thing.")


def test_a_post_s_stamp_with_its_month_in_words_is_no_post_text() -> None:
    """A vBulletin thread on worldaffairsboard.com (a trimmed copy of a magic-html forum page: scripts, styles,
    comments and data attributes out): each post opens with its stamp, ``24 Apr 18,, 23:50``, the month in words and
    two commas, which made the line punctuated and no numeric date matched. A stamp that is the whole line is the
    post's info line however punctuated; so is a short plain line holding a date in words with its clock time."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-worded-stamps.html").read_bytes()).paragraphs
    assert paragraphs[0].startswith("Can an admin please correct the title for this thread.")
    assert "No problem :-)" in paragraphs
    assert not any(line.endswith(("23:50", "01:13")) for line in paragraphs)
    for stamp in ("24 Apr 18,, 23:50", "Quote from klwild on May 10, 2024, 10:23 am", "2024/5/13 8:44"):
        assert _POST_STAMP_RE.search(stamp)
    assert not _POST_STAMP_RE.search("We met on 24 April and talked until 23:50 about it.")


def test_a_signature_beside_a_post_s_text_is_no_post_text() -> None:
    """The vBulletin 5 thread of test_a_post_s_stamp_with_its_month_in_words_is_no_post_text: under one post its
    poster's signature, a quotation of 343 characters in ``div.post-signature`` beside the post's text element
    (``div.OLD__post-content``), won the page's scoring over the three short posts, and the posts' kind, read from
    its path, kept it as a post's text. A signature whose parent holds none of the post's lines goes; one among a
    post's paragraphs, inside its text element (wpForo's, FlaskBB's), stays."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-worded-stamps.html").read_bytes()).paragraphs
    assert paragraphs[-1] == "No problem :-)"
    assert not any("prodigious personification" in line for line in paragraphs)
    post = (
        "<li class='post'><div class='post-content'><p>{text}</p><p>Second line of the post, with more words.</p>"
        "<div class='post-signature'><p>Respeito às Propriedades Privadas</p></div></div></li>"
    )
    page = parse_html(
        "<html><body><ul class='posts'>"
        + "".join(post.format(text=f"Reply number {n}, a sentence long enough to count as prose here.") for n in "123")
        + "</ul></body></html>"
    )
    kept = [page.blocks[i].text for i in select_main(page).body]
    assert kept.count("Respeito às Propriedades Privadas") == 3


def test_a_reply_is_measured_against_its_post_s_words_not_its_pasted_code() -> None:
    """A phpBB thread on forums.debian.net (a trimmed copy of a magic-html forum page: scripts, styles, comments, data
    attributes and forms out): the question pastes a kernel build's output and a changelog (code boxes worth 1,017 of
    its 1,140) under two lines asking what it means; its one answer, 108, fell short of the tenth of the whole post
    that a thread's replies need, and was lost. The post's code listings are left out of what a reply is measured
    against; the answer joins (its poster's signature beside it still goes)."""
    article = newsmend.extract((PAGES / "threads" / "forum-pasted-build-log.html").read_bytes())
    assert article.paragraphs[-2].startswith("It looks like your changelog doesn't quite line up")
    assert article.paragraphs[-1] == "Good luck!"
    assert "Has anyone experienced this issue recently and if so what does it mean?" in article.paragraphs
    assert not any("anais nin" in line for line in article.paragraphs)


def test_a_signature_named_by_a_short_glued_word_is_no_post_text() -> None:
    """The Kunena thread of test_a_post_s_reactions_line_is_no_text: under each of the developer's replies his
    signature, ``I don't provide support by PM, because this can be useful for someone else.``, in ``div.ksig`` beside
    the reply's ``div.kmsg``. A class word ending in ``sig`` glued after another word names a signature as
    ``signature`` does; it goes beside the post's text. The word alone is a newspaper's byline (``div.pb-sig-line``),
    not read so."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-thank-you-list.html").read_bytes()).paragraphs
    assert paragraphs[-1].startswith("I'am not able to reproduce this issue")
    assert not any(line.startswith("I don't provide support by PM") for line in paragraphs)
    assert names_signature("div.ksig") and names_signature("div.post-signature")
    assert not names_signature("div.pb-sig-line")


def test_a_winning_signature_stands_for_the_post_it_signs() -> None:
    """A Squarespace forum thread on Invision Community (a trimmed copy of a magic-html forum page: scripts, styles,
    comments and data attributes but ``data-role`` out): a helper's signature of six lines (331 characters), named
    only by its ``data-role="memberSignature"``, won the page's scoring over the question's one paragraph and grew
    over no posts, so the question was lost. The parser reads the role as the class word ``signature``; a winning
    signature stands for the post it signs, and the thread grows from there over the question. Its lines stay beside
    the answer's (the page's label keeps them; pruning reads a signature at most a level above a line's element)."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-member-signature.html").read_bytes()).paragraphs
    assert paragraphs[0] == "Hi There,"
    assert paragraphs[1].startswith("I'm looking to hide a couple of product variants")
    answer = paragraphs.index(
        "You can't hide them because the user has to select each of them in order to make a purchase."
    )
    assert paragraphs[answer + 1].startswith("I'm Colin Irwin aka silvabokis.")
    page = parse_html("<div class='cPost' data-role='memberSignature'><p>A motto.</p></div><div data-role='x'>y</div>")
    assert [block.path for block in page.blocks] == ["body>div.cPost.signature>p", "body>div"]


def test_a_post_s_stamp_with_the_year_last_is_no_post_text() -> None:
    """The news forum's thread of test_a_list_of_replies_outweighing_its_story_takes_the_story_it_answers: each reply
    opens with ``Reply 1 - Posted by: PChristopher 5/21/2024 4:47:57 AM (No.
    1721835)``, the story's post with ``Posted By: Imright, 5/21/2024 3:12:08 AM``: a date with the year last and its
    clock time, whose label's colon and list's comma made the line prose. A stamped line without a sentence's full
    stop is a post's info line; the replies stay, and so do a sentence naming a date and an article's dateline opening
    with its stamp."""
    paragraphs = newsmend.extract((PAGES / "en" / "replies-outweighing-their-story.html").read_bytes()).paragraphs
    assert "RFK has jumped the shark." in paragraphs
    assert not any(line.startswith(("Reply 1 -", "Posted By:")) for line in paragraphs)
    for stamp in ("On 7/5/2023 at 10:35 PM, Genady said:", "Postado : 28/06/2023 10:53 pm", "21.05.2024 14:33"):
        assert _POST_STAMP_RE.search(stamp)
    assert not _POST_STAMP_RE.search("Version 1.2.3 10:00 release")
    page = parse_html(
        "<p>We met on 5/21/2024 at 4:47 PM. It rained.</p><p>2015-07-04 15:31:53 来源: 第一财经日报(上海)</p>"
    )
    assert not any(_is_post_info(block, block_stats(block)) for block in page.blocks)


def test_a_post_s_stamp_reads_the_numeric_dates_the_date_reader_reads() -> None:
    """The stamp's numeric shapes and the date reader's are built by one module (``newsmend.datetext``): every
    numeric date with its clock time that the date reader reads as a date and time is a post's stamp, the dotted one
    spaced as Korean and German pages print it too."""
    for stamp in ("2024-05-21 14:33", "2024/5/21 14:33", "5/21/2024 4:47 PM", "21.05.2024 14:33", "21. 5. 2024 14:33"):
        assert "T" in parse_date(stamp)
        assert _POST_STAMP_RE.match(stamp)


def test_a_post_s_age_on_its_info_line_is_no_post_text() -> None:
    """An Agreper thread (a trimmed copy of a magic-html forum page: scripts and styles out): a reply's info line
    gives its poster and age, ``ahaha - 2 years ago (last modified 2 years ago) | thread parent``, no clock time. A
    short plain line holding a relative age (``2 years ago``, ``an hour ago``) is a post's info line as a dated
    stamp is; a reply's sentence saying how long ago something happened is prose and stays."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-relative-ages.html").read_bytes()).paragraphs
    assert "Even at >10 nested replies, it remains very readable." in paragraphs
    assert not any(" ago" in line for line in paragraphs)
    assert _POST_STAMP_RE.search("asked an hour ago by Benturk")
    assert not _POST_STAMP_RE.search("Three years agony.")


def test_a_post_s_age_in_chinese_on_its_info_line_is_no_post_text() -> None:
    """The developers.pub question of :func:`test_nested_replies_set_straight_in_the_reply_s_text_element_are_posts`:
    over the question stands its asker's line, ``歪哦釉 | 83 | 1周前`` (name, reputation, age), which the English ages
    missed. A short plain line holding a Chinese relative age (``1周前``, ``3小时前``, traditional ``5分鐘前``) is a
    post's info line; a sentence saying how long ago something happened is prose and stays."""
    paragraphs = newsmend.extract((PAGES / "threads" / "question-nested-replies.html").read_bytes()).paragraphs
    assert "人太多，容易崩，我优化下😂" in paragraphs
    assert not any("1周前" in line for line in paragraphs)
    for stamp in ("3小时前", "5分鐘前", "2 個月前"):
        assert _POST_STAMP_RE.search(stamp)
    page = parse_html("<div class='reply'><p>我3年前来过这里，那时还没有地铁。</p></div>")
    assert not _is_post_info(page.blocks[0], block_stats(page.blocks[0]))


def test_replies_nested_in_replies_count_their_nesting_as_one_level() -> None:
    """The Agreper thread of test_a_post_s_age_on_its_info_line_is_no_post_text nests each reply in the one it answers
    (``div.comment>div>div.comment>div>…``), twenty levels deep in one branch, where the longest reply won the scoring:
    the thread sat beyond GROW_LEVELS and the deepest branch alone was the text. A level of a reply element whose
    classes an element below it repeats does not count, so the reach climbs the nesting to the thread; the opening
    post and the top-level replies join the deep ones."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-relative-ages.html").read_bytes()).paragraphs
    assert paragraphs[0] == "Agreper is a minimal forum board with a focus on ease of management."
    for line in ("Why is it called agreper?", "Even at >10 nested replies, it remains very readable."):
        assert line in paragraphs
    nested = "main>" + "div.comment>div>" * 10 + "p"  # the reply's <p> at segment 21
    assert _grow_reach(nested, 21) == 21
    # Quora's answer item and its text element: one kind (div.q-box), other classes, not one reply nested in another
    item, text = "div.q-box.answer_item", "div.q-box.answer_content"
    apart = ">".join(["main", *["div"] * 10, item, *["div"] * 3, text, *["div"] * 3, "p"])
    assert _grow_reach(apart, 19) == GROW_LEVELS


def test_a_short_opening_post_the_page_marks_as_its_text_joins_its_thread() -> None:
    """An mlog.club topic (a trimmed copy of a magic-html forum page: scripts, styles and icons out) opens with a post
    of two short lines, ``提前祝大家元旦快乐！！！！！`` the longer (14 characters), over eight comments; the walk back
    from the comments took no post shorter than OPENING_MIN_CHARS. Its element is the one the page's microdata names
    as the article's body (``itemprop="articleBody"``): the page's own word that it is the text, however short."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-short-opening-post.html").read_bytes()).paragraphs
    assert paragraphs[:2] == ["提前祝大家元旦快乐！！！！！", "可以的 好好休息开开心心过年 年后继续努力"]


def test_a_sign_in_prompt_after_a_greeting_is_no_post_text() -> None:
    """A Vanilla thread on community.familysearch.org (a trimmed copy of a magic-html forum page: scripts, styles,
    comments and data attributes out): above and below the posts the engine greets a visitor, ``Welcome!`` over ``It
    looks like you're new here. Sign in or register to get started.``: a sign-in prompt after a short sentence, which
    goes with the heading over it; the posts stay."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-sign-in-welcome.html").read_bytes()).paragraphs
    assert "Hope this is helpful." in paragraphs
    assert not any("new here" in line or line == "Welcome!" for line in paragraphs)
    assert _PROMPT_LINE.match("Welcome back. Please log in to reply.")
    assert not _PROMPT_LINE.match("Welcome! It looks like you're new here.")


def test_a_post_s_date_and_its_edit_date_are_its_edit_note() -> None:
    """The same Vanilla thread: two answers carry their stamp and edit note in one line, ``March 2, 2022 edited March
    2, 2022``, the edit date closing it with no editor named; the line goes as an edit note, the answers stay."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-sign-in-welcome.html").read_bytes()).paragraphs
    assert "You're referring to this 3-dot menu." in paragraphs
    assert not any(" edited " in line for line in paragraphs)
    assert _is_edit_note("Edited 5 May 2021")
    assert not _is_edit_note("edited March 2, 2022 and then again")


def test_a_tail_every_post_carries_is_no_reply() -> None:
    """A Baidu Tieba thread (a trimmed copy of a magic-html forum page): each post, the opener's too, carries a tail
    named as a reply (``div.core_reply>div.core_reply_tail``: its client, floor and date, a reply toggle). Such tails,
    far above the opener's text and a fraction of it, are no replies to it: the text stays the opener's nine
    paragraphs."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-post-tails.html").read_bytes()).paragraphs
    assert len(paragraphs) == 9
    assert paragraphs[0].startswith("大家好，我是一个中专学历")
    assert not any("IP属地" in p or "收起回复" in p for p in paragraphs)


def test_the_lead_fields_of_story_cards_are_no_posts_of_a_thread() -> None:
    """A 2013 radio show's episode page on Drupal 7 (goose3's ``test_marketplace.html``, trimmed: scripts, styles,
    ad slots and most menu and sidebar items out): every field is ``div.field>div.field-items>div.field-item``, so the
    episode description is of the kind of the two story cards' ``by``, date and lead fields below it, which had grown
    it into a thread and kept the field labels, the cards' lines and a list's heading as its posts. Each card's lines
    stand under its linked ``h3`` headline, the description under none: they are teasers of other pages, and the text
    is the description alone. Headlines that link nowhere else (a post's title anchored in the page itself) are a
    thread's own, and its posts grow as before."""
    page = (PAGES / "threads" / "drupal-episode-story-cards.html").read_bytes()
    description = "Gun control advocates are looking for new options, including some tech strategies."
    paragraphs = newsmend.extract(page).paragraphs
    assert len(paragraphs) == 1
    assert paragraphs[0].startswith(description)
    anchored = page.replace(b'<h3><a href="/topics/tech/', b'<h3><a href="#topics/tech/')
    cispa = "CISPA passed in the House of Representatives. But what is the bill and what will it do"
    assert any(p.startswith(cispa) for p in newsmend.extract(anchored).paragraphs)


def test_thread_takes_the_question_before_it() -> None:
    """The answers outweigh the question and form the thread; the question sits in its own container before
    them, past its tag and toolbar lines, and joins the thread."""
    question = f"<div class='topic'><div class='text'>{PARAGRAPHS[2]}</div><span>标签</span><span>分享 3</span></div>"
    answers = "".join(
        f"<div class='item'><div class='user'><a href='/u{i}'>用户{i}</a></div>"
        f"<div class='body'><div class='content'><div class='text'><p>{p}</p></div></div></div></div>"
        for i, p in enumerate(PARAGRAPHS * 2)
    )
    thread = f"<div class='page'>{question}<div class='items'>{answers}</div></div>"
    body = body_of(f"<html><body>{NAV}{thread}</body></html>")
    assert body == [PARAGRAPHS[2], *PARAGRAPHS * 2]


def test_winning_table_body_keeps_the_paragraphs_around_its_table() -> None:
    """A list article whose rows outweigh its introduction: the table body wins and stands for its table,
    whose sibling paragraphs join as for a quotation."""
    rows = "".join(f"<tr><td>第{i}项</td><td>{p}</td></tr>" for i, p in enumerate(PARAGRAPHS * 2))
    intro = "".join(f"<p>{p.replace('铁路', '航运')}</p>" for p in PARAGRAPHS[:2])
    html = f"<html><body>{NAV}<div class='page'>{intro}<table><tbody>{rows}</tbody></table></div>{FOOTER}</body></html>"
    body = body_of(html)
    assert body[:2] == [p.replace("铁路", "航运") for p in PARAGRAPHS[:2]]
    assert body[-1] == PARAGRAPHS[3]


def test_lead_set_apart_above_the_body_joins_it() -> None:
    """Sites put the lead in the article's header (an intro or excerpt element), apart from the body."""
    lead = PARAGRAPHS[0].replace("铁路", "航运")
    header = f"<div class='header'><h1>标题</h1><p class='intro'>{lead}</p><div class='byline'>记者 某某</div></div>"
    story = "<div class='body'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2) + "</div>"
    body = body_of(f"<html><body>{NAV}<div class='page'>{header}{story}</div>{FOOTER}</body></html>")
    assert body == [lead, *PARAGRAPHS * 2]


def test_consent_overlay_never_wins() -> None:
    notice = "".join(
        f"<p>We use cookies and similar technologies to improve your experience, section {i}, "
        "and you can change your preferences at any time in the settings of this website.</p>"
        for i in range(30)
    )
    overlay = f"<div id='onetrust-consent-sdk'><div class='banner'>{notice}</div></div>"
    html = f"<html><body>{article()}{overlay}</body></html>"
    body = body_of(html)
    assert PARAGRAPHS[0] in body
    assert not any("cookies" in text for text in body)


def test_summary_metadata_marks_the_lead() -> None:
    long_teaser = "另一篇文章的长摘要，" * 12 + "。"  # about as long as the two article paragraphs
    html = (
        f"<html><head><meta name='description' content='{PARAGRAPHS[0]}'></head><body>"
        f"<div class='box'><p>{long_teaser}</p></div><div class='story'><p>{PARAGRAPHS[0]}</p>"
        f"<p>{PARAGRAPHS[1]}</p></div></body></html>"
    )
    assert body_of(html) == PARAGRAPHS[:2]


def test_article_hidden_until_a_script_runs_is_found() -> None:
    html = (
        f"<html><body><h1>标题</h1><div id='js_content' style='visibility: hidden;'>"
        f"{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></body></html>"
    )
    assert body_of(html) == PARAGRAPHS


def test_share_bars_and_legal_lines_inside_the_article_are_dropped() -> None:
    share = "<div class='share'><a href='#'>微博</a><a href='#'>微信</a><span>分享到：</span></div>"
    html = f"<html><body><div class='article'>{share}{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></body></html>"
    assert body_of(html) == PARAGRAPHS


def test_page_without_article_is_flagged() -> None:
    page = parse_html(f"<html><body>{NAV}{NAV}{FOOTER}</body></html>")
    selection = select_main(page)
    assert selection.body == []
    assert "no-article" in selection.flags


def test_selection_defaults() -> None:
    selection = Selection(body=[1, 2])
    assert selection.title is None
    assert selection.roles == {}
    assert selection.flags == set()


def test_lead_paragraph_dense_with_inline_links_keeps_its_article() -> None:
    """Citations linked inside a sentence are prose, not navigation: a lead paragraph that is half link text
    must not sink its article below one long paragraph of a live feed beside it."""
    links = "、".join(f"<a href='/r{i}'>第{i}份统计公报</a>" for i in range(6))
    lead = (
        f"<p>记者从有关部门获悉，{links}均显示，"
        "今年以来全国铁路运输形势持续向好，客货运量双双增长，运输秩序良好。</p>"
    )
    rest = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:3])
    feed = f"<div class='live'><p>{PARAGRAPHS[0]}{PARAGRAPHS[3]}各地铁路部门均表示将全力以赴。</p></div>"
    body = body_of(f"<html><body>{NAV}<div class='main'>{lead}{rest}</div>{feed}{FOOTER}</body></html>")
    assert body[0].startswith("记者从有关部门获悉")
    assert body[1:] == PARAGRAPHS[1:3]


def test_long_quotation_inside_an_article_keeps_the_article_around_it() -> None:
    """A blockquote of many paragraphs wins the decayed score over its article (whose paragraphs count half
    one level further up); the article's own paragraphs beside it must come along."""
    quote = "<blockquote>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2) + "</blockquote>"
    own = [p.replace("铁路", "民航") for p in PARAGRAPHS[:2]]
    html = f"<html><body>{NAV}<div class='story'><p>{own[0]}</p>{quote}<p>{own[1]}</p></div>{FOOTER}</body></html>"
    body = body_of(html)
    assert body[0] == own[0]
    assert body[-1] == own[1]
    assert body[1:-1] == PARAGRAPHS * 2


def test_full_text_teaser_stream_loses_to_the_article_the_page_describes() -> None:
    """Each teaser carries one long summary and outweighs a short article by decayed score; the article's
    lead repeats the page's description, so the container holding it wins."""
    teaser = "这是另一篇报道的完整摘要，记者在多地走访了解到，相关工作稳步推进，各方反响积极，后续还将持续跟进。" * 6
    stream = "<ul class='stream'>" + "".join(
        f"<li><div class='item'><h3><a href='/n{i}'>另一篇报道标题{i}</a></h3><p>{teaser}</p></div></li>"
        for i in range(8)
    ) + "</ul>"
    head = f"<head><meta name='description' content='{PARAGRAPHS[0]}'></head>"
    story = "<div class='body'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + "</div>"
    body = body_of(f"<html>{head}<body>{NAV}{story}{stream}{FOOTER}</body></html>")
    assert body == PARAGRAPHS[:2]


def test_standfirst_repeating_the_description_does_not_replace_the_body() -> None:
    """A summary box (class word ``summary``) repeats the description above the body: the body stays, and the
    standfirst, set apart just above it, leads it."""
    head = f"<head><meta name='description' content='{PARAGRAPHS[0]}'></head>"
    standfirst = f"<div class='entry-summary'><p>{PARAGRAPHS[0]}</p></div>"
    story = "<div class='entry'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:] * 3) + "</div>"
    body = body_of(f"<html>{head}<body>{NAV}{standfirst}{story}{FOOTER}</body></html>")
    assert body == [PARAGRAPHS[0], *PARAGRAPHS[1:] * 3]


def test_verse_split_by_line_breaks_beats_a_prose_sidebar() -> None:
    """Lyrics and poems are short unpunctuated lines of one element split by ``<br>``: one item, not a menu of
    many, so they do not each pay the per-block cost and the post wins over a punctuated sidebar note."""
    lines = [
        *("春眠不觉晓", "Chun mian bu jue xiao", "处处闻啼鸟", "Chu chu wen ti niao"),
        *("夜来风雨声", "Ye lai feng yu sheng", "花落知多少", "Hua luo zhi duo shao", "[Chorus]"),
        *("床前明月光", "Chuang qian ming yue guang", "疑是地上霜", "Yi shi di shang shuang"),
        *("举头望明月", "Ju tou wang ming yue", "低头思故乡", "Di tou si gu xiang", "Repeat Chorus"),
    ]
    sidebar = (
        "<aside><div class='sidebar'><h2>Support Us</h2><div class='widget-content'>"
        "To our readers, your contribution will allow us to continue providing translations.<br>"
        "Donations could be done via the link below, and every one of them helps.<br>"
        "Thank you very much for your support!</div></div></aside>"
    )
    post = (
        "<div class='post hentry'><h3 class='post-title'>Song title</h3>"
        f"<div class='post-body entry-content'>{'<br>'.join(lines)}</div>"
        "<div class='post-footer'>Posted by <a href='/p'>someone</a> at 12:11 PM</div></div>"
    )
    body = body_of(f"<html><body>{NAV}<div class='main'>{post}</div>{sidebar}{FOOTER}</body></html>")
    assert all(line in body for line in lines)
    assert not any("Donations" in text for text in body)


def test_heading_over_a_dropped_box_goes_with_it() -> None:
    """A short heading whose text the selection dropped ("Weitere Themen" over a link list) is the title of that
    box; a kicker right above a kept heading, and a long heading (a pull quote), are text."""
    english = [
        "The council voted on Tuesday to extend the night bus network to three more districts of the city.",
        "Officials said the new routes would start in spring, once drivers have been hired and trained for them.",
        "Residents of the outer districts had asked for the service for years, citing late shifts and long walks.",
    ]
    quote = "Nobody should have to walk an hour home after a late shift, said one of the residents who had asked."
    related = "".join(f"<li><a href='/n{i}'>Another story about the city number {i}</a></li>" for i in range(6))
    html = (
        f"<html><body>{NAV}<article><h2>Transport</h2><h1>Night buses for the outer districts</h1>"
        f"<p>{english[0]}</p><p>{english[1]}</p><h4>{quote}</h4><p>{english[2]}</p>"
        f"<h3>Weitere Themen</h3><ul>{related}</ul></article>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert body == ["Transport", "Night buses for the outer districts", english[0], english[1], quote, english[2]]


def test_linked_cells_of_a_table_in_the_article_are_kept() -> None:
    """A table of linked titles inside the article is data, not navigation; a list of links beside it is not."""
    rows = "".join(
        f"<tr><th><a href='/film{i}'>Film number {i}</a></th><td>{1990 + i}</td><td><a href='/d{i}'>Director {i}</a>"
        "</td></tr>"
        for i in range(8)
    )
    intro = "This list covers feature films in which the characters relive the same day again and again."
    html = (
        f"<html><body>{NAV}<div class='content'><h1>Films about time loops</h1><p>{intro}</p>"
        f"<table class='wikitable'><tbody>{rows}</tbody></table><p>{PARAGRAPHS[0]}</p>"
        f"<ul>{''.join(f'<li><a href=/x{i}>Category {i}</a></li>' for i in range(5))}</ul></div>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert all(f"Film number {i}" in body and f"Director {i}" in body for i in range(8))
    assert not any(text.startswith("Category") for text in body)


def test_lead_paragraphs_above_the_body_join_it_past_a_short_quoted_line() -> None:
    """The article's first paragraphs sit beside the larger element holding the rest (a "show more" part); a
    short quoted line between them does not stop the walk up that brings them back."""
    first = [
        "The city opened its third night market on Friday, and thousands of visitors came despite the rain.",
        "Stall owners said the first evening went better than they had expected after weeks of preparation.",
    ]
    rest = [f"Paragraph {i} of the longer part of the report, which the site reveals with a button." for i in range(8)]
    html = (
        f"<html><body>{NAV}<div class='article'><div class='articleContent'>"
        f"{''.join(f'<p>{p}</p>' for p in first)}<p>“We are all here, again.”</p>"
        f"<div class='toggle-group'>{''.join(f'<p>{p}</p>' for p in rest)}</div></div></div>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert body[:2] == first
    assert body[-8:] == rest


def test_furniture_word_glued_to_another_in_a_class_name_still_marks_furniture() -> None:
    """"jp-relatedposts" is a related-posts box like "related-posts": its headline, dates and labels stay out."""
    related = "".join(
        f"<div class='jp-relatedposts-post'><h4><a href='/r{i}'>Another post number {i}</a></h4>"
        f"<p class='jp-relatedposts-post-date'>March {i + 1}, 2016</p><p>In \"News\"</p></div>"
        for i in range(3)
    )
    html = (
        f"<html><body>{NAV}<div class='entry-content'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}"
        f"<div class='jp-relatedposts'><h3>Related</h3>{related}</div></div>{FOOTER}</body></html>"
    )
    assert body_of(html) == PARAGRAPHS


def test_label_line_over_a_dropped_link_list_goes_with_it() -> None:
    """"Weiterlesen:" introduces the links after it; when they are dropped, so is it. A label whose text is
    kept ("Die Zahlen:" before a paragraph) stays."""
    links = "".join(f"<li><a href='/w{i}'>Ein weiterer Artikel Nummer {i}</a></li>" for i in range(4))
    html = (
        f"<html><body>{NAV}<div class='article-body'><p>{PARAGRAPHS[0]}</p><p>Die Zahlen:</p><p>{PARAGRAPHS[1]}</p>"
        f"<p>{PARAGRAPHS[2]}</p><p>Weiterlesen:</p><ul>{links}</ul></div>{FOOTER}</body></html>"
    )
    assert body_of(html) == [PARAGRAPHS[0], "Die Zahlen:", PARAGRAPHS[1], PARAGRAPHS[2]]


def test_standfirst_in_the_article_header_joins_the_body() -> None:
    """The article's own ``<header>`` holds its headline and standfirst: the tag alone does not keep the
    standfirst out, while the site's header (a menu, no prose) stays out."""
    standfirst = "The night bus network grows by three districts, a decision residents had demanded for years."
    html = (
        f"<html><body><header class='site'>{NAV}</header><article><header class='entry-header'>"
        f"<h1>Night buses for the outer districts</h1><div class='entry-excerpt'><p>{standfirst}</p></div></header>"
        f"<div class='entry-content'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></article>{FOOTER}"
        "</body></html>"
    )
    body = body_of(html)
    assert body[0] == standfirst
    assert body[1:] == PARAGRAPHS


def test_site_tagline_in_the_masthead_is_no_lead() -> None:
    """A blog's masthead (``header#masthead.site-header``, WordPress) holds the site's tagline just above the post:
    the ``<header>`` tag is no hint there, but its class words (masthead) are, so the tagline stays out."""
    tagline = "Gedanken und Kommentare zum Zeitgeschehen in der Informationsgesellschaft."
    html = (
        "<html><body><header id='masthead' class='site-header'><div class='site-branding'>"
        f"<p class='site-title'><a href='/'>Ein Blog</a></p><h2 class='site-description'>{tagline}</h2></div></header>"
        "<main><article><h1>Wer überwacht wen?</h1>"
        f"<div class='entry-content'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></article></main>{FOOTER}"
        "</body></html>"
    )
    body = body_of(html)
    assert tagline not in body
    assert body[-len(PARAGRAPHS) :] == PARAGRAPHS


def test_standfirst_joins_the_body_past_author_date_and_reading_time() -> None:
    standfirst = "Activists call for a rent freeze during the crisis, and thousands of tenants have signed up."
    infoline = "<ul class='infoline'><li>By A. Writer</li><li>29.04.2020, 12:01</li><li>Reading time: 8 min.</li></ul>"
    html = (
        f"<html><body>{NAV}<article><h1>No money left for the rent</h1><h2>{standfirst}</h2>{infoline}"
        f"<div class='content'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS * 2)}</div></article>{FOOTER}</body></html>"
    )
    assert body_of(html) == [standfirst, *PARAGRAPHS, *PARAGRAPHS]


def test_list_items_with_words_beside_their_links_are_text() -> None:
    """A changelog's items are mostly links yet say something of their own; a menu's items are links only."""
    items = [
        "<a href='/b/1677080'>Bug 1677080 Fullscreen window focus</a> fixed by Ankush today",
        "<a href='/b/1677107'>Bug 1677107 Telemetry for windows</a> added by mconley again",
        "<a href='/b/1681796'>Bug 1681796 Superfluous actor starts</a> removed by Niklas for good",
    ]
    menu = "".join(f"<li><a href='/m{i}'>Section {i}</a></li>" for i in range(2))
    html = (
        f"<html><body>{NAV}<div class='entry-content'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}"
        f"<ul>{''.join(f'<li>{item}</li>' for item in items)}</ul><ul>{menu}</ul></div>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert body[4:] == [
        "Bug 1677080 Fullscreen window focus fixed by Ankush today",
        "Bug 1677107 Telemetry for windows added by mconley again",
        "Bug 1681796 Superfluous actor starts removed by Niklas for good",
    ]


def test_text_loose_in_a_thread_element_is_the_threads() -> None:
    """Short paragraphs of one kind make a thread whose per-post furniture goes; a line loose in the thread's
    own element (between and after its paragraphs) sits in no furniture element and stays."""
    html = "<html><body><p>红豆生南国</p><p>春来发几枝</p>愿君多采撷</body></html>"
    assert body_of(html) == ["红豆生南国", "春来发几枝", "愿君多采撷"]


def test_article_split_into_sibling_columns_of_one_class_keeps_both() -> None:
    """Sites split an article into columns of one class around a full-width figure; the short second part is
    far below a thread's share of the first, yet it is the same text."""
    first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 30)
    second = ["文章的后半部分接着讲述铁路部门的安排，" + p for p in PARAGRAPHS * 3]
    html = (
        f"<html><body>{NAV}<div class='post'><div class='column'>{first}</div>"
        "<figure class='wide'><img src='a.jpg'></figure>"
        f"<div class='column'>{''.join(f'<p>{p}</p>' for p in second)}</div></div>{FOOTER}</body></html>"
    )
    assert body_of(html)[-len(second) :] == second


def test_prose_box_named_as_furniture_inside_the_article_goes_but_repeated_parts_stay() -> None:
    """Excerpts of related posts are prose under a furniture name: a small box of the article, they go. Items
    whose text sits in a "footer" of each item, holding much of the text, are the article's own parts."""
    excerpts = [
        "这是另一篇文章的摘要，讲的是去年全国铁路客运的情况，内容与本文有关但不是本文。",
        "这是又一篇文章的摘要，讲的是民航暑运的安排，字数与正文段落差不多长。",
    ]
    related = "".join(
        f"<div class='item'><h4><a href='/r{i}'>相关文章{i}</a></h4><p>{e}</p></div>" for i, e in enumerate(excerpts)
    )
    html = (
        f"<html><body>{NAV}<div class='entry'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS * 2)}"
        f"<div class='related-posts'>{related}</div></div>{FOOTER}</body></html>"
    )
    assert body_of(html) == PARAGRAPHS * 2
    items = "".join(
        f"<div class='item'><h3>第{i}条</h3><div class='item-footer'><p>{p}</p></div></div>"
        for i, p in enumerate(PARAGRAPHS)
    )
    listicle = f"<html><body>{NAV}<div class='entry'><p>{PARAGRAPHS[0]}</p>{items}</div>{FOOTER}</body></html>"
    assert [text for text in body_of(listicle) if text in PARAGRAPHS] == [PARAGRAPHS[0], *PARAGRAPHS]
    code = "const total = items.map((x) => x.price).reduce((a, b) => a + b, 0);"
    listing = (
        f"<html><body>{NAV}<div class='entry'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS * 2)}"
        f"<div class='code-toolbar'><pre>{code}</pre></div></div>{FOOTER}</body></html>"
    )
    assert body_of(listing) == [*PARAGRAPHS * 2, code]


def test_linked_sentences_between_paragraphs_are_text_but_not_after_the_article() -> None:
    """A changelog's entries are wholly linked sentences between the article's paragraphs: text. The same kind
    of list after the last paragraph is the related stories; a menu's short entries never count."""
    changes = [
        "Bug 1677080 the fullscreen window loses focus after switching the video source",
        "Bug 1677107 add telemetry for tracking how many windows are opened at once",
    ]
    related = [
        "Police arrest two officers in an operation against kidnapping in the city",
        "Officers held in the operation are investigated for kidnapping a businessman",
    ]

    def links(items: list[str]) -> str:
        return "<ul>" + "".join(f"<li><a href='/x{i}'>{t}</a></li>" for i, t in enumerate(items)) + "</ul>"

    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2)
    html = (
        f"<html><body>{NAV}<div class='entry'>{paragraphs}{links(changes)}{paragraphs}{links(related)}</div>"
        f"{FOOTER}</body></html>"
    )
    assert body_of(html) == [*PARAGRAPHS * 2, *changes, *PARAGRAPHS * 2]


def test_video_player_status_lines_leave_a_short_article() -> None:
    """A video page's player box holds its error lines (``很抱歉，当前视频播放失败``, ``错误代码：…``): they go
    whatever their share of the short caption under the video (a copy of a magic-html dev page)."""
    article = newsmend.extract((PLAYERS / "article-3e863fa9ac341618.html").read_bytes())
    assert not any("播放失败" in p or p.startswith("错误代码") for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("1905电影网讯")


PAGES = Path(__file__).parent.parent / "fixtures" / "pages"
EN_PAGES = PAGES / "en"


def test_text_written_as_a_run_of_sections_keeps_every_section() -> None:
    """A landing page writes its text as ``<section>`` elements under ``<main>``: the best-scoring box of the first
    section (a notice) must not lose the second section's features (a trimmed copy of a readability test page)."""
    article = newsmend.extract((EN_PAGES / "sections-landing-page.html").read_bytes())
    assert article.paragraphs[0].startswith("Get to know the features")
    assert "Page Inspector" in article.paragraphs
    assert article.paragraphs[-1].startswith("View and edit CSS styles")


def test_sections_named_by_an_id_alone_are_sections() -> None:
    """A ``<section>`` is one by its tag, named by a class or by an id (``section#intro``): the landing page's two
    sections with ids for classes stay one text."""
    html = (EN_PAGES / "sections-landing-page.html").read_text(encoding="utf-8")
    html = html.replace('class="intro container"', 'id="intro"').replace('class="more-features"', 'id="features"')
    article = newsmend.extract(html.encode())
    assert article.paragraphs[0].startswith("Get to know the features")
    assert article.paragraphs[-1].startswith("View and edit CSS styles")


def test_author_bio_box_after_the_article_leaves_the_body() -> None:
    """A blog post ends with a box presenting its author (``author`` beside ``about``/``bio``/``box`` in its class):
    the biography goes, the post's last paragraph stays (a trimmed copy of a trafilatura evaluation page)."""
    article = newsmend.extract((EN_PAGES / "author-bio-box.html").read_bytes())
    assert not any("Certified Pediatric Sleep Consultant" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("Remember that you probably don’t need as much stuff")


def test_author_named_alone_in_a_class_is_no_box() -> None:
    """``author`` alone marks a byline's element, not furniture: only beside a box word does it name a bio box."""
    page = parse_html(
        "<div class='post'><p class='author'>By Jane Doe, staff writer, with reporting from the field.</p>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<div class='author-bio'><p>Jane Doe writes about railways and has done so for twenty years now.</p></div>"
        "</div>"
    )
    body = [page.blocks[i].text for i in select_main(page).body]
    assert body[0].startswith("By Jane Doe")
    assert not any(text.startswith("Jane Doe writes") for text in body)


def test_reply_form_box_under_the_article_leaves_the_body() -> None:
    """The box of the form that takes a reader's reply (WordPress's ``div#respond`` around ``form#commentform``)
    holds notes and labels, no text: they go, the article and its readers' comments stay (a trimmed copy of a
    trafilatura evaluation page)."""
    paragraphs = newsmend.extract((EN_PAGES / "reply-form-box.html").read_bytes()).paragraphs
    assert not any(p.startswith(("Your email address will not be published", "Leave a Reply")) for p in paragraphs)
    assert any("Place the seeds about one inch apart on a paper" in p for p in paragraphs)
    assert paragraphs[-1].startswith("I have had success so far with this method")


def test_summary_opening_an_earlier_part_of_a_split_article_keeps_that_part() -> None:
    """An article split into containers of one make (``div.row>div.columns``) by a table of contents: the longer
    second part wins the score, but the page's summary opens the first, so both are the article (a trimmed copy
    of a trafilatura evaluation page)."""
    paragraphs = newsmend.extract((EN_PAGES / "article-split-in-parts.html").read_bytes()).paragraphs
    assert paragraphs[0].startswith("In Baden-Württemberg ist ein erster Coronavirus-Patient")
    assert any(p.startswith("Viele Menschen haben nur eine leichte") for p in paragraphs)


def test_layout_wrapper_naming_its_sidebar_is_no_furniture() -> None:
    """A layout element holding the whole text names the sidebar it has (``Layout--sidebarPosition-end`` over the
    README and the "About" box): it is the page's wrapper, not a sidebar, so the README beats the one-line
    description the page's summary repeats above it (a trimmed copy of a trafilatura evaluation page)."""
    article = newsmend.extract((EN_PAGES / "layout-wrapper-named-sidebar.html").read_bytes())
    paragraphs = article.paragraphs
    # The README's heading retells the social title (``yapapi: Python high-level API for Golem``): it is the
    # title, shown over the body, which opens with the README's first section.
    assert (article.title, paragraphs[0]) == ("Golem Python API", "What's Golem and yapapi?")
    assert any(p.startswith("YAGNA_PAYMENT_DRIVER, payment driver name") for p in paragraphs)
    assert "Python high-level API for Golem." not in paragraphs


def test_sidebar_holding_little_of_the_text_stays_furniture() -> None:
    """Only a box holding nearly all of the page's prose (WRAPPER_SHARE) is a wrapper: a sidebar beside the
    article, however long its prose, stays furniture."""
    aside = "<div class='sidebar'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + "</div>"
    html = f"<html><body>{NAV}<div class='layout has-sidebar'>{article()}{aside}</div>{FOOTER}</body></html>"
    assert body_of(html) == ["前四个月铁路客运量同比增长", *PARAGRAPHS]


def test_stream_in_an_aside_loses_to_the_short_posts_of_a_thread() -> None:
    """A sidebar's ``<aside>`` holds a long activity stream (whole blog posts); a forum topic's posts are short.
    Demoted, the stream still outscores each post: a container outside the furniture element that holds two
    sentences wins instead, and grows to the thread (a trimmed copy of a magic-html forum page)."""
    paragraphs = newsmend.extract((EN_PAGES / "forum-beside-aside-stream.html").read_bytes()).paragraphs
    assert "If you want to – tell us who the top mentalist in your country is." in paragraphs
    assert "Hi Bernie, yes he is from SA. Good observation." in paragraphs
    assert not any(p.startswith(("Magic Today 15 May 2024", "The Legend of Houdini")) for p in paragraphs)


def test_aside_wins_when_nothing_outside_holds_two_sentences() -> None:
    """The rival must hold about two sentences (HINTLESS_BELOW): a page whose only text sits in an ``<aside>`` keeps
    it."""
    box = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><body>{NAV}<p>短。</p><aside><div class='box'>{box}</div></aside></body></html>"
    assert body_of(html)[-1] == PARAGRAPHS[-1]


def test_thread_of_posts_wrapped_in_nested_layout_tables_keeps_every_post() -> None:
    """An old forum wraps each post in three nested tables: the thread sits 18 levels above a post's text, but the
    table parts (tbody, tr, td) are no levels of their own, so the thread is within reach (a trimmed copy of a
    magic-html forum page)."""
    paragraphs = newsmend.extract((EN_PAGES / "forum-posts-in-nested-tables.html").read_bytes()).paragraphs
    assert any(p.startswith("Some of these dream descriptions sound like novels") for p in paragraphs)
    assert any(p.startswith("I thought so myself. The one before the sandwich dream") for p in paragraphs)
    assert any(p.startswith("I was hunting down witches") for p in paragraphs)


def test_consent_dialog_with_generated_classes_loses_to_the_article_element() -> None:
    """A consent dialog after the page's app (generated class names, no hint) holds 2.5 times the article's text;
    the article sits in ``<main><article>``: a container there scoring a tenth of the dialog wins (a trimmed copy of
    a magic-html page, in Polish)."""
    paragraphs = newsmend.extract((EN_PAGES / "consent-dialog-beside-article-element.html").read_bytes()).paragraphs
    assert any(p.startswith("Zaproszenie organizatorów do występu w Miśni przyjęli") for p in paragraphs)
    assert not any("Wirtualna Polska będzie przetwarzać Twoje dane" in p for p in paragraphs)


def test_comment_thread_beside_the_article_element_is_left_to_the_thread_stage() -> None:
    """Replies outside the ``<article>`` element (``div#comments``) are not replaced by the article: whether they are
    the page's text is the thread stage's call (a forum topic's replies are)."""
    replies = "".join(
        f"<div class='comment'><div class='comment-body'><p>{p}</p></div></div>" for p in PARAGRAPHS * 3
    )
    html = (
        f"<html><body>{NAV}<main><article><p>{PARAGRAPHS[0]}</p></article></main>"
        f"<div id='comments'>{replies}</div>{FOOTER}</body></html>"
    )
    assert PARAGRAPHS[-1] in body_of(html)


def test_paper_keeps_its_abstract_when_the_reference_list_scores_most() -> None:
    """A paper's sections are of one make (``section>div.c-article-section>div.c-article-section__content``); its
    reference list, a list one level deeper, outscores the abstract the page's summary opens. Compared down to the
    abstract's depth the parts match, so the article is both (a trimmed copy of a trafilatura evaluation page)."""
    paragraphs = newsmend.extract((EN_PAGES / "paper-abstract-and-references.html").read_bytes()).paragraphs
    assert any(p.startswith("The purpose of the review is to summarise") for p in paragraphs)
    assert any(p.startswith("The most commonly reported drugs are allopurinol") for p in paragraphs)
    assert any(p.startswith("Shear NH, Spielberg SP.") for p in paragraphs)


def test_question_item_takes_its_answers_and_comments_but_not_their_furniture() -> None:
    """A Q&A page marks its question with schema.org microdata (``itemtype=".../Question"``) and each answer with
    ``itemtype=".../Answer"``; the answer list sits four levels above the question's text and the page declares no
    article. The question's item is the thread: the answers' text and the comments stay, their vote buttons and
    user cards go (a trimmed copy of a magic-html Stack Exchange page, two of its four answers)."""
    paragraphs = newsmend.extract((EN_PAGES / "question-with-answers-microdata.html").read_bytes()).paragraphs
    assert any(p.startswith("Not every question has to be as hard as possible") for p in paragraphs)
    assert any(p.startswith("As you can see the yellow and green bricks") for p in paragraphs)  # in a spoiler
    assert any(p.startswith("Because the correct answer is already given") for p in paragraphs)
    assert "Very helpful to draw the studs :)" in paragraphs  # a comment on an answer
    assert not any(p in ("Save this answer.", "Show activity on this post.") for p in paragraphs)
    assert not any(p.startswith("answered May 19") or "gold badges" in p for p in paragraphs)


def test_comment_vote_counts_of_a_question_item_go_with_its_furniture() -> None:
    """The comments of a Q&A thread stay, but the vote count printed beside each (a line ``2`` alone in its
    ``div.comment-score`` inside the ``li.comment``) is a counter, no text (the same trimmed Stack Exchange page)."""
    paragraphs = newsmend.extract((EN_PAGES / "question-with-answers-microdata.html").read_bytes()).paragraphs
    assert "Very helpful to draw the studs :)" in paragraphs
    assert not any(p.strip().isdigit() for p in paragraphs)


def test_answers_named_only_by_microdata_are_found_beyond_the_reply_levels() -> None:
    """Two answers of another make (a count below MIN_REPLIES), found by their markup alone, join their question."""
    question = f"<div class='q'><div class='q-body'><div class='text'><p>{PARAGRAPHS[0]}</p></div></div></div>"
    answers = "".join(
        f"<div class='item' itemscope itemtype='https://schema.org/Answer'><div class='a-body'><div class='text'>"
        f"<p>{p}</p></div><div class='meta'>answered today</div></div></div>"
        for p in PARAGRAPHS[1:3]
    )
    html = (
        f"<html><body>{NAV}<div itemscope itemtype='https://schema.org/Question'><div class='main'>{question}"
        f"<div class='list'><div class='wrap'>{answers}</div></div></div></div>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert body[:3] == PARAGRAPHS[:3]
    assert "answered today" not in body
    assert PARAGRAPHS[1] not in body_of(html.replace("schema.org/Answer", "schema.org/Person"))


def test_pages_of_a_script_paginated_article_hidden_by_class_stay_out() -> None:
    """An article paginated by a script: every page is in the markup, the ones not shown carry a hidden state class
    (``article-content-body__item-page_hidden``); the shown page is the text (a trimmed copy of a magic-html page,
    in Indonesian)."""
    paragraphs = newsmend.extract((PAGES / "id" / "paginated-article-hidden-pages.html").read_bytes()).paragraphs
    assert paragraphs[0].startswith("Liputan6.com, Jakarta Kabar bahagia menyelimuti aktor Korea Selatan")
    assert any(p.startswith("Apalagi, ia saat ini tengah hype") for p in paragraphs)
    assert not any(p.startswith("Dalam suratnya, Ki Joon berterima kasih") for p in paragraphs)  # a hidden page


def test_an_article_wholly_hidden_by_its_class_until_a_script_runs_is_still_found() -> None:
    html = f"<html><body>{NAV}<div class='article hidden'>{article()}</div>{FOOTER}</body></html>"
    assert body_of(html)[1:] == PARAGRAPHS


def test_a_slideshow_gives_the_slide_it_shows() -> None:
    """A slideshow keeps all of its slides in the markup (``section.js_slide``); the one the page's address shows
    carries ``active`` and the stylesheet hides the others, so its text is the article (a trimmed copy of a
    magic-html page: slide 4 of 11)."""
    paragraphs = newsmend.extract((EN_PAGES / "slideshow-active-slide.html").read_bytes()).paragraphs
    assert len(paragraphs) == 1 and paragraphs[0].startswith("It’s hard to believe it’s been almost a year")


def test_a_run_of_tabs_without_one_active_element_stays_whole() -> None:
    panels = "".join(f"<div class='panel'><p>{p}</p></div>" for p in PARAGRAPHS)
    assert body_of(f"<html><body>{NAV}<div class='article'>{panels}</div>{FOOTER}</body></html>") == PARAGRAPHS
    shown = panels.replace("<div class='panel'>", "<div class='panel active'>", 1)
    assert body_of(f"<html><body>{NAV}<div class='article'>{shown}</div>{FOOTER}</body></html>") == PARAGRAPHS[:1]


def test_short_post_named_as_the_article_beats_a_report_dialog() -> None:
    """A short forum post of code lines (no sentence among them, so nothing on the page scores two sentences) beside
    a report dialog (``div.ui.modal.report``) listing its reasons as punctuated lines: scored without hints, the
    dialog wins; but the post's container is named as the article (``div.article-content``) and holds text, so the
    hints were right and the post is the text (a trimmed copy of a magic-html forum page)."""
    paragraphs = newsmend.extract((PAGES / "dialogs" / "forum-a2323d652d0eaf1b.html").read_bytes()).paragraphs
    assert paragraphs[:3] == ["解决新项目npm依赖报错", "前言#", "每次打开别人新的项目都要 npm 依赖都会各种报错很烦"]
    assert "npm i aaa.js bbb.js" in paragraphs
    assert not any("举报" in p for p in paragraphs)


def test_an_article_wholly_in_a_modal_is_still_found() -> None:
    """A page showing its story in a modal (``div.modal``), with no container named as the article holding text
    elsewhere: the hint-less fallback takes the modal's text."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><body>{NAV}<div class='modal'><h1>标题</h1>{paragraphs}</div>{FOOTER}</body></html>"
    assert body_of(html)[1:] == PARAGRAPHS


UNSEEN_EN = PAGES / "unseen-en"
TRAM_LEAD = "The council approved the new tram line on Tuesday after a decade of debate over its cost and route."
TRAM_BODY = [
    "Construction will start next spring on the eastern section, which links the station to the hospital.",
    "Opponents said the money would be better spent on buses, which already serve most of the same streets.",
    "The mayor said the first trams should run within four years if the national grant arrives as promised.",
    "Shops along the route will be paid for the months in which the works block the street in front of them.",
    "A second line, to the university, is still being studied and will be put to the council next year.",
]
TRAM_HEAD = f"<head><meta property='og:description' content='{TRAM_LEAD}'></head>"


def test_lead_box_beside_the_paragraphs_of_one_article_element_keeps_them() -> None:
    """A short story's headline, dateline and lead sit in one box of its ``<article>`` element and its paragraphs,
    each in wrappers of its own, in a sibling box: the lead's bonus lifts the lead's box over the paragraphs' box,
    yet it only marks where the story starts, so both boxes are the body (goose3's Wirtschaftswoche page,
    ``tests/data/content/test_wiwo.html``, trimmed of scripts, styles and most menu items). The metadata line over
    the lead (``23. März 2017 , aktualisiert … | Quelle: Handelsblatt Online``) is a meta line by its ``Quelle:``
    label and stays out."""
    article = newsmend.extract((UNSEEN_EN / "goose3-wiwo.html").read_bytes())
    assert article.paragraphs[0].startswith("Der Linde-Konzern muss sich von Teilen seiner US-Aktivitäten trennen.")
    assert not any("Quelle:" in p for p in article.paragraphs)
    assert any(p.startswith("Um die Genehmigung der Kartellbehörden") for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("Weitere Länder, in denen Linde im Fall einer Fusion")
    assert not any("Adblocker" in p or "Handelsblatt GmbH" in p for p in article.paragraphs)
    assert article.title == "Linde: Gasekonzern muss Teile des US-Geschäfts verkaufen"
    assert article.date is not None and article.date.startswith("2017-03-23")


def test_lead_part_rivalling_the_body_in_one_article_element_joins_it() -> None:
    """The paragraphs' box wins, and the box holding the lead the page's summary opens scores half as much: in one
    ``<article>`` element they are two parts of one story, so the element holding both is the body."""
    story = (
        "<article class='story'><div class='story-top'><h1>Tram line approved</h1>"
        f"<p class='dateline'>12 March 2024</p><p>{TRAM_LEAD}</p></div>"
        "<div class='story-text'>" + "".join(f"<p>{p}</p>" for p in TRAM_BODY) + "</div></article>"
    )
    body = body_of(f"<html>{TRAM_HEAD}<body>{NAV}{story}{FOOTER}</body></html>")
    assert body == ["Tram line approved", "12 March 2024", TRAM_LEAD, *TRAM_BODY]


def test_lead_story_beside_another_article_element_stays_alone() -> None:
    """The join stops at the story's own ``<article>`` element: a longer story of another make beside it in the
    feed is another article."""
    lead_story = f"<article class='top-story'><h2>Tram line approved</h2><p>{TRAM_LEAD}</p></article>"
    other = "<article class='item'><h2>Budget</h2>" + "".join(f"<p>{p}</p>" for p in TRAM_BODY) + "</article>"
    body = body_of(f"<html>{TRAM_HEAD}<body>{NAV}<div class='feed'>{lead_story}{other}</div>{FOOTER}</body></html>")
    assert body == ["Tram line approved", TRAM_LEAD]


QUESTION = [
    "I am interested in adding some new APIs to the server and would appreciate guidance on how to do that.",
    "I have read the contributing guide, but it does not say where a new handler should be registered.",
]
ANSWER = [
    "For most APIs the flow is simple: the router calls a controller, which calls a service, which uses a repo.",
    "Add a routing rule in the router, then a controller that validates the request, then the service and repo.",
    "Regenerate the swagger documentation afterwards and test the new API with it.",
]
ANSWER_FORM = "<form class='answer-form'><textarea></textarea><button>Post Your Answer</button></form>"


def test_a_lone_question_takes_its_one_answer_of_another_make() -> None:
    """A Q&A page's question (``div.qa-question-content``) and its only answer, one line
    (``div.qa-answer-content`` in ``div.qa-answer-item``), each with its author line: the answer is no post of the
    question's kind and one reply named so is no thread of replies, yet a post named as a question is answered by
    its answers, however few."""
    question = (
        "<div class='qa-single-question'><div class='qa-question-item'><div class='qa-question-meta'>"
        "<a href='/u/1'>asker</a> asked 2 days ago</div><div class='qa-question-content'>"
        + "".join(f"<p>{p}</p>" for p in QUESTION)
        + "</div></div></div>"
    )
    answer = (
        "<div class='qa-answers'><div class='qa-answer-item'><div class='qa-answer-meta'><a href='/u/2'>helper</a>"
        f" answered yesterday</div><div class='qa-answer-content'><p>{ANSWER[1]}</p></div></div></div>"
    )
    main = f"<div class='container'>{question}{answer}{ANSWER_FORM}</div>"
    html = f"<html><head><meta property='og:type' content='website'></head><body>{NAV}{main}{FOOTER}</body></html>"
    assert body_of(html) == [*QUESTION, ANSWER[1]]


def test_a_question_in_its_own_article_element_takes_the_answers_beside_it() -> None:
    """The question's text in an ``<article>`` element of its own, two wrappers below the page part named as the
    question page, the two answers (``div.answer-item``) beside the question's wrapper: the ``<article>`` is the
    question's text, not a story whose comments stay out, and the answers are the thread's text."""
    question = (
        "<div><div class='img-viewer'><article class='fmt'>"
        + "".join(f"<p>{p}</p>" for p in QUESTION)
        + "</article></div><div class='meta'>asked Feb 22</div></div>"
    )
    answers = "".join(
        f"<div class='answer-item'><div class='img-viewer'><article class='fmt'><p>{text}</p></article></div>"
        "<div class='meta'>answered Feb 23</div></div>"
        for text in (ANSWER[0], ANSWER[2])
    )
    main = f"<div class='questionDetailPage'><div class='page-main'>{question}{answers}{ANSWER_FORM}</div></div>"
    html = f"<html><head><meta property='og:type' content='website'></head><body>{NAV}{main}{FOOTER}</body></html>"
    assert body_of(html) == [*QUESTION, ANSWER[0], ANSWER[2]]


def test_a_winning_code_block_takes_the_post_that_shows_it() -> None:
    """A forum post whose compiler log (a ``<pre>`` in a ``div.codebox`` under its "Code: Select all" caption)
    outweighs its own sentences: the code block wins the score, but it is part of the post, whose sentences before
    and after it are the text too; and the one-line reply, measured against the post's words and not its log, joins
    as the thread's (with the post's title over them)."""
    log = "\n".join(f"  CC      drivers/net/ethernet/intel/e1000e/module_{i}.o" for i in range(12))
    post = (
        "<div class='postbody'><h3>kernel build fails</h3><div class='content'>"
        "After many kernel builds without incident I ran into this error at the command line today:"
        f"<div class='codebox'><p>Code: <a href='#'>Select all</a></p><pre>{log}</pre></div>"
        "Has anyone seen this recently, and if so what does it mean?</div></div>"
    )
    reply = "<div class='postbody'><div class='content'>Check your changelog file.</div></div>"
    html = f"<html><body>{NAV}<div class='topic'>{post}{reply}</div>{FOOTER}</body></html>"
    body = body_of(html)
    assert body[:2] == [
        "kernel build fails",
        "After many kernel builds without incident I ran into this error at the command line today:",
    ]
    assert "Has anyone seen this recently, and if so what does it mean?" in body
    assert body[-1] == "Check your changelog file."


#: A post of a thread beside its poster's card, ``{}`` the post's text: an author's card (``div.author``: the rank in
#: an ``<h5>``, the joining date in ``div.author-joined``) and a card classed for the user (``div.spUserSection``:
#: post count, registration date).
POSTS_BESIDE_CARDS = {
    "author-card": "<div class='post-row'><div class='author'><div class='author-name'><a href='/u/1'>poster</a></div>"
    "<div class='author-title'><h5>Member</h5></div><div class='author-joined'>Joined: 4 months ago</div></div>"
    "<div class='post-box'><div class='post-content'><p>{}</p></div></div></div>",
    "user-card": "<div class='topic-post'><div class='spUserSection'><div class='spPostUserPosts'>Forum Posts: 3</div>"
    "<div class='spPostUserRegistered'>Member Since: August 29, 2011</div></div>"
    "<div class='post-body'><div class='post-content'><p>{}</p></div></div></div>",
}


@pytest.mark.parametrize("post", POSTS_BESIDE_CARDS.values(), ids=POSTS_BESIDE_CARDS.keys())
def test_a_thread_leaves_out_the_card_beside_each_post(post: str) -> None:
    """The card beside each post is the posts' furniture: a rank heading and a punctuated ``Joined: 4 months ago``
    or ``Member Since: August 29, 2011`` as much as a bare counter, while the posts' text stays."""
    posts = "".join(post.format(text) for text in ANSWER)
    html = f"<html><body>{NAV}<div class='topic'>{posts}</div>{FOOTER}</body></html>"
    assert body_of(html) == ANSWER


def test_a_thread_leaves_out_the_signature_under_each_post() -> None:
    """Each post's signature (``div.signature`` beside the message in the post's wrapper), its poster's motto
    repeated under every post, is furniture of the thread, punctuated as it is."""
    motto = "Only a biker knows why a dog sticks its head out a car window."
    posts = "".join(
        "<div class='post-element'><div class='post-wrapper'>"
        f"<div class='post-message'><p>{text}</p><p>{more}</p></div><div class='signature'>{motto}</div></div></div>"
        for text, more in zip(ANSWER, QUESTION * 2, strict=False)
    )
    html = f"<html><body>{NAV}<div class='topic'>{posts}</div>{FOOTER}</body></html>"
    assert body_of(html) == [line for pair in zip(ANSWER, QUESTION * 2, strict=False) for line in pair]


def test_a_thread_of_answers_keeps_the_question_the_page_summary_opens() -> None:
    """A Stack Exchange page whose answers win and grow into a thread, with the comments under the question as its
    replies (kept strictly: prose outside the posts and the replies goes), the question's Question item apart from
    the answers: the page's summary opens the question's text, the post they answer, so its paragraphs stay (a
    trimmed copy of a magic-html forum page: scripts, styles, sidebars, menus and most attributes removed)."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-d4654175c7dfe1fd.html").read_bytes()).paragraphs
    assert paragraphs[0].startswith("How do new apartment buildings build their floors/ceilings")
    assert "Vocalizations of ecstasy" in paragraphs
    assert any(p.startswith("It's not a 404.") for p in paragraphs)


def test_a_box_of_the_most_read_stories_set_in_the_text_is_no_text() -> None:
    """A daily sets its "Most Read Business Stories" box, five linked headlines, between two paragraphs of a story
    (``div.most-read-container.module.most-shared``): neither word alone names furniture, ``most`` and ``read`` do,
    and the box goes (its headlines stood as linked sentences between paragraphs, which stay in a changelog; a
    trimmed copy of a readability test page: scripts, styles, menus, pictures and most paragraphs removed)."""
    article = newsmend.extract((EN_PAGES / "most-read-box-in-text.html").read_bytes())
    assert article.paragraphs[-1].startswith("As it tries to convince people it has lower prices")
    assert "Most Read Business Stories" not in article.paragraphs
    assert not any(p.startswith("Amazon again expands in Bellevue") for p in article.paragraphs)


def test_a_posted_and_updated_stamp_under_the_headline_is_no_text() -> None:
    """A local news network prints ``Posted Fri, May 10, 2024 at 2:52 pm PT | Updated Fri, …`` under its headline,
    two ``<time>`` elements in one line: labelled dates (a weekday before the date), a meta line that leaves the
    body as a ``Published:`` line does; the article stays dated by its publication (a trimmed copy of a magic-html
    page: scripts, styles, the page around the article and its subscription boxes removed)."""
    article = newsmend.extract((EN_PAGES / "dateline-posted-and-updated.html").read_bytes())
    assert article.paragraphs[1].startswith("MURRIETA, CA — Multiple agencies")
    assert not any(p.startswith("Posted ") for p in article.paragraphs)
    assert str(article.date).startswith("2024-05-10")


def test_a_list_of_replies_outweighing_its_story_takes_the_story_it_answers() -> None:
    """A news forum sets a story's excerpt over 25 readers' replies (``div#post-replies-container``, one
    ``div.post-reply-wrapper`` each) and a donation box between them: the list of replies outweighs the story and
    wins alone, no post grows into it. It is a thread all the same: the story above it joins it as the post it
    answers, of which the text the page's summary opens stays, and the forum's reminder between them goes (a trimmed
    copy of a magic-html page: scripts, styles, ads, the later replies and all but two of the poster's other stories
    removed)."""
    paragraphs = newsmend.extract((EN_PAGES / "replies-outweighing-their-story.html").read_bytes()).paragraphs
    story = next(i for i, p in enumerate(paragraphs) if p.startswith("Robert F. Kennedy Jr. has made a campaign"))
    assert paragraphs[story + 1].startswith("He can pay for it out of his personal funds!")
    assert "RFK has jumped the shark." in paragraphs
    assert not any(p.startswith("Your thoughts, comments, and ideas") for p in paragraphs)
    assert not any(p.startswith("Sen. Joni Ernst") for p in paragraphs)


def test_a_box_asking_for_a_contribution_closing_a_text_set_in_wrappers_is_no_text() -> None:
    """A news site sets its text in many wrappers of one to three paragraphs each (``div.cli-text``) and closes it
    with a box asking readers to pay (``Contribute as little as $2 to keep our news free for all.``, a ``Support
    HuffPost`` button): no wrapper holds half of the text, the element holding them all is the text element, and the
    box closing it goes (a trimmed copy of a magic-html page: scripts, styles, ads, the picture and the related
    stories removed)."""
    paragraphs = newsmend.extract((EN_PAGES / "appeal-box-text-in-wrappers.html").read_bytes()).paragraphs
    assert paragraphs[-1] == "This story was previously published on an earlier date."
    appeal = ("Contribute as little", "Dear HuffPost Reader", "Our 2024 Coverage")
    assert not any(p.startswith(appeal) for p in paragraphs)


def test_a_box_whose_role_names_furniture_is_no_text() -> None:
    """An encyclopedia article ends with a navigation box of links grouped under short labels (``General terms and
    concepts``, ``Temporal paradoxes``), a ``<div role="navigation">`` under no furniture class or tag: the ARIA role
    says what the box is, as a ``<nav>`` tag would, and its lines go (a trimmed copy of a readability test page:
    scripts, styles, the infobox, references and all but the lead paragraphs removed)."""
    paragraphs = newsmend.extract((EN_PAGES / "navbox-role-navigation.html").read_bytes()).paragraphs
    assert any(p.startswith("This list of films featuring time loops") for p in paragraphs)
    assert "Temporal paradoxes" not in paragraphs
    assert "General terms and concepts" not in paragraphs


def test_a_posts_timestamp_alone_is_no_text_and_still_dates_the_thread() -> None:
    """A Q&A thread prints each post's time on a line of its own (``May 9th, 2024 05:18 AM``): punctuated, the
    selection took it for prose; a date and clock time alone says when a post was written, no line of it, and goes.
    The thread is still dated by its question's time (a trimmed copy of a magic-html forum page: scripts, styles, the
    page around the thread and all but its first three posts removed)."""
    article = newsmend.extract((PAGES / "threads" / "forum-cb3f140868ff7df8.html").read_bytes())
    assert article.paragraphs[0].startswith("I'm working on an Angular app")
    assert "Hi Bobby, thanks for replying." in article.paragraphs
    assert not any(p.startswith("May ") for p in article.paragraphs)
    assert str(article.date).startswith("2024-05-08")


def test_a_count_of_answers_heading_them_is_no_text() -> None:
    """A Stack Exchange page heads its answers with ``4 Answers`` (an ``h2`` between the question and the answer
    list): a count of replies is the thread's counter, no line of the question's or the answers' text (a trimmed
    copy of a magic-html forum page: scripts, styles, sidebars, menus, two of its answers and most attributes
    removed)."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-3bea25afda167150.html").read_bytes()).paragraphs
    assert paragraphs[0].startswith("Not every question has to be as hard as possible")
    assert "The green is 6 and the purple is 9." in paragraphs
    assert any(p.startswith("Because the correct answer is already given") for p in paragraphs)
    assert not any(p.strip().endswith("Answers") for p in paragraphs)


def test_an_ad_slots_label_between_paragraphs_is_no_text() -> None:
    """An Indian portal sets a native ad's slot between a story's paragraphs, labelled ``Sponsored`` in a ``div`` of
    its own: the label of an ad, no line of the story (a trimmed copy of a magic-html page: the story's element and
    headline, its scripts removed)."""
    paragraphs = newsmend.extract((EN_PAGES / "sponsored-slot-label.html").read_bytes()).paragraphs
    assert paragraphs[1] == "Sachin Tendulkar headed out to the polling booth to cast his vote along with son Arjun."
    assert paragraphs[2].startswith("Tendulkar, who has been recognised")
    assert "Sponsored" not in paragraphs


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Sponsored", True),
        ("Anzeige", True),
        ("Werbung ", True),
        ("Sponsored by the city council, the fair returns.", False),
    ],
)
def test_an_ad_label_is_ui_wording_only_as_the_whole_line(line: str, label: bool) -> None:
    assert is_ui_wording(line) is label


def test_a_forums_sign_in_prompt_is_no_text_above_the_thread() -> None:
    """A WordPress forum plugin prints ``Please Login or Register to create posts and topics.`` in a notice panel
    above the topic's title and posts: a sentence of its own, long enough to join the thread as the lead set apart
    above it; the engine's prompt to a visitor is no post's text, there or among the posts (a trimmed copy of a
    magic-html forum page: the page around the forum's wrapper, scripts, styles and icons removed)."""
    paragraphs = newsmend.extract((PAGES / "threads" / "forum-sign-in-prompt.html").read_bytes()).paragraphs
    assert paragraphs[0] == "Hallo Leute,"
    assert paragraphs[-1].startswith("Nachdem ich dies deaktiviert habe")
    assert not any("Register" in p for p in paragraphs)


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("You must be logged in to reply to this topic.", True),
        ("Please Log in or Create an account to join the conversation.", True),
        ("Please Sign up or sign in to vote.", True),
        ("Register to vote by Friday.", False),  # a sentence of an election story
        ("Please register to vote in the election by Friday, officials urged residents on Monday.", False),
    ],
)
def test_a_sign_in_prompt_is_ui_wording_only_as_the_whole_line(line: str, prompt: bool) -> None:
    assert is_ui_wording(line) is prompt


def test_a_tooltips_content_is_no_text_and_no_related_list() -> None:
    """A Tokyo daily's reaction buttons under its story each hold a tooltip (``div.js-tooltip-content``, shown on a
    click): ``記事に『リアクション』ができます。ご利用には会員登録が必要です。`` over sign-up and log-in buttons, a
    sentence that read as the story's closing paragraphs. A tooltip is an overlay like a popover: its lines go, and
    the related stories' box right under the text stays the related list (a trimmed copy of a fundus fixture: the
    page around the story's element, its pictures and all but four paragraphs and two reaction buttons removed)."""
    html = (PAGES / "ja" / "reaction-tooltips-after-related-links.html").read_bytes()
    article = newsmend.extract(html, url="https://www.tokyo-np.co.jp/article/379018")
    assert article.paragraphs[-1].startswith("逮捕を受けて同医大は13日")
    assert not any("リアクション" in p or "会員登録" in p for p in article.paragraphs)
    assert [item.url for item in article.related] == [
        "https://www.tokyo-np.co.jp/article/373431",
        "https://www.tokyo-np.co.jp/article/344814",
    ]


def test_a_widgets_loading_stand_in_is_no_text() -> None:
    """A WordPress blog post ends with the likes widget its script fills in later: a ``Gefällt mir:`` label over
    ``Liken Lade …`` (the button's word and a loading message). The ellipsis makes the line read as prose; a loading
    message as the whole line is a stand-in, no text, and the label over it goes with it (a trimmed copy of a
    trafilatura-eval page: the page around the post's ``<article>`` and the pictures' ``srcset`` removed)."""
    paragraphs = newsmend.extract((PAGES / "de" / "wordpress-likes-stand-in.html").read_bytes()).paragraphs
    assert paragraphs[0].startswith("1. Ich glaube, heute möchte ich mal nicht")
    assert paragraphs[-1].startswith("7. Was das Wochenende angeht")
    assert "Gefällt mir:" not in paragraphs
    assert not any("Lade" in p for p in paragraphs)


@pytest.mark.parametrize(
    ("line", "stand_in"),
    [
        ("Like Loading...", True),
        ("Loading ...", True),
        ("Laden...", True),
        ("加载中", True),
        ("載入中…", True),
        ("Loading", False),  # no ellipsis: two labelled dev bodies keep such a line
        ("Loading the trucks took three hours...", False),
    ],
)
def test_a_loading_message_is_ui_wording_only_as_the_whole_line(line: str, stand_in: bool) -> None:
    assert is_ui_wording(line) is stand_in


def test_a_subheading_opening_with_a_count_of_comments_is_text() -> None:
    """Only a whole line is a reply counter: a subheading whose count of comments fills the first 16 characters the
    furniture wording is read in (``25,000 Comments and Counting``) is the article's, not a counter cut short."""
    lines = [
        "The council opened its consultation on the new bus network in March and asked residents to write in.",
        "Officials said they had never received so many letters on a transport plan in the city's history.",
    ]
    more = "Most of the responses asked for later evening services and more frequent buses on the ring road."
    text = "".join(f"<p>{line}</p>" for line in lines)
    html = f"<html><body><article><h1>Bus plan draws record response</h1>{text}<h2>25,000 Comments and Counting</h2>"
    paragraphs = newsmend.extract(f"{html}<p>{more}</p></article></body></html>".encode()).paragraphs
    assert paragraphs == [*lines, "25,000 Comments and Counting", more]


def test_answers_thirteen_wrappers_below_their_list_are_one_thread() -> None:
    """An answer list in atomic CSS (every wrapper a ``div.q-box``): each answer's text sits thirteen levels below
    the list, the author line, the answer and its buttons each wrapped in their own boxes; the thread reaches
    them all."""
    def wrapped(inner: str, depth: int) -> str:
        return "<div class='q-box'>" * depth + inner + "</div>" * depth

    answers = "".join(
        wrapped(
            wrapped(f"<div class='q-text'><a href='/u/{i}'>Author {i}</a> · May {i}</div>", 2)
            + wrapped(f"<div class='q-text'><p>{text}</p><p>{more}</p></div>", 11)
            + wrapped("<div class='q-text'>Upvote</div>", 2),
            1,
        )
        for i, (text, more) in enumerate(zip(ANSWER, QUESTION * 2, strict=False))
    )
    html = f"<html><body>{NAV}<div class='q-box answers'>{answers}</div>{FOOTER}</body></html>"
    body = body_of(html)
    assert all(text in body for text in ANSWER)




def test_counters_of_an_atomic_css_thread_go_though_they_share_the_posts_kind() -> None:
    """Under each answer of an atomic-CSS thread, its view and upvote counts (``15.4K``, ``88``) sit in boxes of the
    same meaningless classes as the answers' text: a count alone outside the post the thread was found from is a
    counter, not a reply."""
    def wrapped(inner: str, depth: int) -> str:
        return "<div class='q-box'>" * depth + inner + "</div>" * depth

    answers = "".join(
        wrapped(
            wrapped(f"<div class='q-text'><p>{text}</p><p>{more}</p></div>", 3)
            + wrapped(f"<div class='q-text'>{i}5.4K</div>", 3)
            + wrapped(f"<div class='q-text'>8{i}</div>", 3),
            1,
        )
        for i, (text, more) in enumerate(zip(ANSWER, QUESTION * 2, strict=False))
    )
    html = f"<html><body>{NAV}<div class='q-box answers'>{answers}</div>{FOOTER}</body></html>"
    body = body_of(html)
    assert all(text in body for text in ANSWER)
    assert not any(line[:1].isdigit() for line in body)


def test_a_lone_answer_that_wins_keeps_the_question_of_its_question_item() -> None:
    """A Q&A page (AnsPress) whose one answer outweighs the question: the answer's text element is named for the
    answer (``div.ap-answer-content``), which inside an Answer item names the answer itself, not a reply to it.
    The Question item is the thread and the question's prose, of another kind than the answer's text, stays; the
    item's short lines (vote count, sort tabs) go (a trimmed copy of a magic-html forum page: scripts, styles and
    most attributes removed)."""
    page = (PAGES / "threads" / "question-with-a-lone-answer.html").read_bytes()
    paragraphs = newsmend.extract(page).paragraphs
    assert paragraphs[:2] == ["Hey everyone,", paragraphs[1]]
    assert paragraphs[1].startswith("I’ve got a website currently on shared hosting")
    assert "Is moving to a VPS really worth the extra cost?" in paragraphs
    assert any(p.startswith("Traffic Volume: More visitors") for p in paragraphs)
    assert "Hope this helps!" in paragraphs
    assert not any(p in ("0", "Active", "Voted") for p in paragraphs)


def test_an_aside_in_the_article_goes_whatever_its_share_but_a_quote_set_as_one_stays() -> None:
    """A video module set in a health article as an ``<aside>``, its transcript nearly half the article's prose: the
    markup says it stands beside the text, so it goes however much it holds; a reply quoting its post in an
    ``aside.quote`` (Discourse) keeps the quotation."""
    story = [f"{text} The study followed the participants for many years." for text in ANSWER + QUESTION]
    transcript = [
        "Hi, my name is Mercedes and today I will show you simple exercises you can do from home.",
        "Start with a little warm-up: walk or jog in place for a minute before you begin the exercises.",
        "Now bring a chair, hold the back of it and lift one leg to the side, then the other leg.",
    ]
    video = (
        "<aside class='module-container video'><div class='about-video'><p>Movement is crucial at any age.</p></div>"
        "<div class='transcript'>" + "".join(f"<p>{t}</p>" for t in transcript) + "</div></aside>"
    )
    paragraphs = "".join(f"<p>{t}</p>" for t in story[:3]) + video + "".join(f"<p>{t}</p>" for t in story[3:])
    html = f"<html><body>{NAV}<article class='article'><h1>Live longer</h1>{paragraphs}</article>{FOOTER}</body></html>"
    body = body_of(html)
    assert all(text in body for text in story)
    assert not any(text in body for text in transcript)
    quoted = html.replace("module-container video", "quote")
    assert all(text in body_of(quoted) for text in transcript)


def test_a_thread_ends_with_its_last_post() -> None:
    """What follows a thread's last post outside the posts is no post: the answer box's help under it (CodeProject
    wraps the whole page in one ASP.NET form, so it sits in no form of its own) and the page's licence line."""
    rules = [
        "Read the question carefully before you answer it.",
        "Understand that English isn't everyone's first language, so be lenient of bad spelling and grammar.",
        "Don't tell someone to read the manual. Provide an answer or move on to the next question.",
    ]
    posts = "".join(
        f"<div class='solution'><div class='meta'>Solution {i}</div><div class='text'>"
        + "".join(f"<p>{text}</p>" for text in ANSWER)
        + "</div></div>"
        for i in range(1, 4)
    )
    helper = (
        "<div class='new-entry'><h2>Add your solution here</h2><div class='callout'><p>When answering a question "
        "please:</p><ol>" + "".join(f"<li>{rule}</li>" for rule in rules) + "</ol></div></div>"
        "<div class='small-text'><p>This content is licensed under The Code Project Open License (CPOL).</p></div>"
    )
    html = f"<html><body>{NAV}<form><div class='thread'>{posts}{helper}</div></form>{FOOTER}</body></html>"
    body = body_of(html)
    assert all(text in body for text in ANSWER)
    assert not any(rule in body for rule in rules)
    assert not any("Open License" in line for line in body)


def test_an_encyclopedia_sections_read_aloud_and_edit_buttons_leave_the_text() -> None:
    """An online encyclopedia sets a "read aloud" and an "edit" button (``播报``, ``编辑``) beside every section
    title: lines of UI wording alone in their elements, like ``举报`` or ``收藏``; in either script."""
    sections = "".join(
        f"<div class='paraTitle'><h2>第{i}节</h2><div class='audio'>播报</div><div class='editLemma'>{edit}</div></div>"
        f"<div class='para'>{text}</div>"
        for i, (text, edit) in enumerate(zip(PARAGRAPHS, ("编辑", "編輯", "编辑 "), strict=False), start=1)
    )
    html = f"<html><body>{NAV}<div class='lemma-content'>{sections}</div>{FOOTER}</body></html>"
    body = body_of(html)
    assert all(text in body for text in PARAGRAPHS[:3])
    assert not any(line.strip() in ("播报", "编辑", "編輯") for line in body)


def test_a_short_reply_under_a_long_first_post_is_part_of_the_thread() -> None:
    """A thread in utility CSS (Tailwind: every wrapper ``div.relative``, ``div.flex``, ``div.w-full``) on a page that
    declares no article: a long first post and one short reply of the same markup, the reply under a fifth of the
    post's text. On such a page the posts of a thread count from a tenth of the best post's text (a reply is often
    a line or two under a long answer): the reply stays."""
    answer = [
        "Hi there! I'm glad you're enjoying the component library, it's fantastic to hear positive feedback.",
        "Regarding your question about adding new components, while we can't accommodate everyone's preferences, "
        "expanding the library is definitely on our radar, and the examples you sent are a good place to start.",
        "As for keeping users updated on changes, your suggestion for a news page with the latest updates is a good "
        "one. We'll consider implementing something like that to ensure users stay informed about any additions.",
        "Thanks again for your kind words and suggestions, it's users like you that make the library better!",
    ]
    reply = "Happy to hear that it has been helpful! Which components would you love to see first?"

    def post(pid: int, author: str, paragraphs: list[str]) -> str:
        text = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (
            f"<div class='relative w-full h-full mb-5'><div id='{pid}' class='relative pl-6 py-8'><div class='flex'>"
            f"<div class='flex flex-col flex-1'><div class='relative flex items-center text-sm'>"
            f"<a href='/u/{author}'>{author}</a><span>2 days ago</span></div>"
            f"<div class='w-full mb-5 prose'>{text}</div></div></div></div></div>"
        )

    thread = post(1, "dev", answer) + post(2, "admin", [reply])
    html = (
        f"<html><body><div class='w-full mx-auto'>{NAV}<h1>New upcoming elements?</h1>"
        f"<div id='question_container' class='flex flex-col'>{thread}</div></div>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert answer[0] in body
    assert reply in body


def test_an_opening_post_of_another_make_than_its_replies_takes_them() -> None:
    """A thread whose opening post sits in a card of its own and whose replies sit in a list of another make (the
    wrappers share no kind), on a page that declares no article: the element holding each post's text is of one
    class (``div.post-html``), so the posts are known by it alone and the replies stay, their posters' names not."""
    opening = [
        "I am gathering a community where children and their parents can swap or sell the toys they no longer use.",
        "I was tired of seeing piles of forgotten toys, so I thought: why not give my son a chance to sell them?",
        "Here is the link to our group, everyone is welcome to join and post what they have.",
    ]
    replies = [
        "Great idea, my nephew has a whole box of toys he never plays with anymore.",
        "Is there an address where we can drop them off? That would make it easier for many of us.",
        "Count me in, I will share the link with the parents at our school this week.",
    ]
    card = (
        "<div class='w-full bg-white mb-2'><div class='relative flex flex-col'><div class='flex items-center'>"
        "<a href='/u/op'>mcookie</a><span>3 days ago</span></div><div class='relative mx-4 mt-4'>"
        f"<div class='post-html w-full'>{'<br>'.join(opening)}</div></div></div></div>"
    )
    listed = "".join(
        f"<div><div class='w-full bg-white mb-1'><div class='flex'><a href='/u/{i}'>user{i}</a></div>"
        f"<div class='w-full px-4'><div class='post-html w-full'>{text}</div></div></div></div>"
        for i, text in enumerate(replies)
    )
    html = (
        f"<html><body><main class='flex flex-col'>{NAV}<section class='mr-4 min-w-0'><div class='relative'>{card}"
        f"<div class='relative'>{listed}</div></div></section></main>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert opening[0] in body
    assert all(text in body for text in replies)
    assert not any(line.startswith("user") for line in body)


def _slides(count: int) -> str:
    caption = (
        "The company said revenues dipped in the year to June, triggering a loss after broadcasting and sponsorship "
        "deals dried up, and it is now looking to raise money from a share issue to pay for its new stadium."
    )
    return "<ul class='legends'>" + "".join(
        f"<li><h2><span class='counter'>{k}/{count}</span> Story number {k}</h2><p>{caption}</p>"
        f"<p class='credits'>GETTY IMAGES</p></li>"
        for k in range(1, count + 1)
    ) + "</ul>"


def test_a_slideshow_set_in_a_story_is_no_part_of_it() -> None:
    """A travel story with a gallery of another subject set among its paragraphs: twenty slides, each counted
    (``3/20``) with a caption, outweigh the story. The page's summary opens the story's first paragraph, outside the
    slideshow, and the story's prose beside it is a real share of the captions: the story is the text, and the
    slideshow goes whole (counters, captions, credits)."""
    story = [
        "Most people go to hotels for the pleasure of sleeping in a giant bed with clean white sheets and waking up "
        "to fresh towels in the morning.",
        "But those towels and sheets might not be as clean as they look, according to the hotel bosses that "
        "responded to an online thread about the things hotel owners don't want you to know.",
        "Forrest Jones said that anything that comes into contact with the previous guest's skin should be washed "
        "every time the room is made, but that even the fanciest hotels don't always do so.",
        "Bedbugs love wood. Even though a wooden luggage rack might look nicer than a metal one, it's a breeding "
        "ground for bugs, so guests should leave their bags on the floor.",
        "Despite the snacks in the minibar seeming like the most overpriced food you have ever seen, hotel owners "
        "are still struggling to make a profit from those snacks, he said.",
    ]
    paragraphs = "".join(f"<p>{p}</p>" for p in story[:3])
    rest = "".join(f"<p>{p}</p>" for p in story[3:])
    html = (
        f"<html><head><meta property='og:description' content='{story[0][:80]}'></head><body>{NAV}"
        f"<article class='full-article'><h1>Seven secrets of hotel owners</h1><div class='text-wrapper'>{paragraphs}"
        f"<div class='widget type-gallery'><div class='scroller'>{_slides(20)}</div></div>{rest}</div></article>"
        f"{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert body[0] == story[0]
    assert all(p in body for p in story)
    assert not any("Story number" in line or line == "GETTY IMAGES" for line in body)


def test_a_gallery_page_keeps_its_slides() -> None:
    """A gallery whose slides are the page's content (a line of introduction beside them): its captions stay."""
    html = (
        f"<html><body>{NAV}<div class='gallery-page'><h1>Business news in pictures</h1>"
        f"<p>The week in business, in pictures.</p>{_slides(12)}</div>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert sum("Story number" in line for line in body) == 12


def test_a_single_long_comment_does_not_outscore_the_post_it_answers() -> None:
    """A blog (WordPress) marks its post and each comment with ``<article>``: a podcast episode's short notes,
    most of them links, and one listener's long comment under them. The comment outscores the notes, yet a single
    comment outside the post's ``<article>`` is no thread: the post is the text, the comment no part of it."""
    notes = [
        "Kathrin is an astrophysicist and works at a research centre for heavy ion research, where she spent the "
        "last two years on a nuclear physics experiment.",
        "She designs detectors and uses them to measure how much oxygen and carbon stars produce.",
    ]
    links = "".join(f"<li><a href='/tag/{w}'>{w}</a></li>" for w in ("Helium", "Supernova", "Proton", "Neutron"))
    comment = (
        "First of all, thank you for this podcast, which I have been listening to for years now. I particularly "
        "liked how the guest explained the detectors, but I wonder whether the numbers she gave for the energy of "
        "the beam are right, since the accelerator she mentioned cannot reach them. Maybe you could ask her again "
        "in a later episode, and perhaps also talk about how the results compare with what other groups found."
    )
    html = (
        f"<html><head><meta property='og:type' content='website'></head><body>{NAV}<main id='main'>"
        f"<article class='post type-podcast hentry'><h1>Star fusion at the accelerator</h1>"
        f"<div class='entry-content'>{''.join(f'<p>{p}</p>' for p in notes)}<ul>{links}</ul>"
        "<p><a href='/e.mp3'>Download mp3</a> <a href='/e.m4a'>m4a</a></p></div></article>"
        "<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment even depth-1'>"
        "<article class='comment-body'><footer class='comment-meta'><b>Listener</b> <time>16.08.2019</time>"
        f"</footer><div class='comment-content'><p>{comment}</p></div></article></li></ol></div></main>"
        f"{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert notes[0] in body
    assert comment not in body


def test_a_web_address_a_post_prints_is_its_text() -> None:
    """A forum reply points to the code it speaks of: "You can see the views here:" and, on its own line, the address
    as its link's text. A line that is a web address alone shows the reader where to look, unlike a menu item or a
    related headline, linked by their titles: it stays, and the line announcing it with it; a link printing an image
    file's address (an upload) is no text."""
    address = "https://github.com/flaskbb/flaskbb/blob/master/flaskbb/forum/views.py#L1113"
    upload = "https://cdn.example.net/uploads/NVOVB77BN181/image.png"
    question = [
        "Most Flask apps would have routes like @app.route('/', methods=['GET', 'POST']) and so on.",
        "How come I don't see any @route annotation in the source code of this project?",
    ]
    answer = [
        "Flask has more ways to register routes. We decided to use the approach above, which we thought works best "
        "with our plugin architecture.",
        "You can see the views here:",
    ]

    def post(pid: int, author: str, lines: list[str], links: str) -> str:
        return (
            f"<div class='row post-row' id='{pid}'><div class='author-box col-md-2'><a href='/u/{author}'>{author}</a>"
            f"</div><div class='post-box col-md-10'><div class='post-content' id='pid{pid}'>"
            f"<p>{'<br>'.join(lines)}{links}</p></div></div></div>"
        )

    thread = post(1, "newcomer", question, f"<br><a href='{upload}'>{upload}</a>") + post(
        2, "maintainer", answer, f"<br><a href='{address}'>{address}</a><br>Cheers!"
    )
    html = (
        f"<html><body>{NAV}<div class='container'><h1>can't see any routes</h1><div class='topic-view'>"
        f"<div class='card-body topic-body'>{thread}</div></div></div>{FOOTER}</body></html>"
    )
    body = body_of(html)
    assert "You can see the views here:" in body
    assert address in body
    assert upload not in body


def test_a_teaser_card_set_in_the_story_goes_with_its_linked_title() -> None:
    """A news site sets a card for another story between the paragraphs: an ``<article>`` element holding a kicker,
    the story's title as a link, its byline and date (an Italian tech section's ``section.inline-article``; a Turkish
    site's embed card with its 'view content' button). The linked title went; its kicker, byline and date, no prose,
    go with it."""
    card = (
        "<section class='inline-article'><article><div class='inline-article__content'>"
        "<span class='inline-article__overtitle'>Approfondimento</span>"
        "<h4 class='inline-article__title'><a href='/2024/04/06/news/altra-storia'>La bugia della sostituzione"
        " etnica e le altre teorie del complotto</a></h4>"
        "<span class='inline-article__author'>di Emanuele Capone</span><time>06 Aprile 2024</time>"
        "</div></article></section>"
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + card + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    body = body_of(f"<html><body>{NAV}<div class='article'><h1>标题</h1>{paragraphs}</div>{FOOTER}</body></html>")
    assert body[1:] == PARAGRAPHS
    assert body_of(
        f"<html><body>{NAV}<div class='article'><h1>标题</h1>{paragraphs.replace('article>', 'div>')}</div>"
        f"{FOOTER}</body></html>"
    )[1:] != PARAGRAPHS


def test_lead_the_summary_opens_joins_the_body_past_a_fact_box() -> None:
    """An encyclopedia's entry sets its lead (``div.lemmaSummary``, which ``og:description`` repeats) above a fact box
    of sixteen short name/value lines (``dl.basicInfoBlock``) and the sections of its text: the walk for the lead gives
    up in the fact box, yet the block the page's own summary opens, with no prose between, is the lead (trimmed from
    a Chinese encyclopedia's entry on a development zone, magic-html article-21475f4b)."""
    article = newsmend.extract((PAGES / "zh" / "encyclopedia-summary-over-infobox.html").read_bytes())
    assert article.paragraphs[0].startswith("河北雄安高新技术产业开发区，隶属河北省雄安新区，简称雄安高新区")
    assert article.paragraphs[1] == "历史沿革"
    assert article.paragraphs[2].startswith("2023年12月，河北省政府批复设立省级河北雄安高新技术产业开发区。")
    assert "中文名" not in article.paragraphs


def test_short_lines_of_a_box_go_once_the_lines_beside_them_went() -> None:
    """A picture set between the paragraphs holds its lazy loader's ``Laden...`` (``div.lazy-wrapper``) beside its
    caption lines: once those went as remnants of their own boxes, the loader's line, alone in the figure, goes too
    (trimmed from a German science magazine's explainer, trafilatura-eval t0212)."""
    article = newsmend.extract((PAGES / "de" / "figure-loading-placeholder.html").read_bytes())
    assert "Laden..." not in article.paragraphs
    assert len(article.paragraphs) == 5
    assert article.paragraphs[3].startswith("Der Kostendruck erzeugt ein massives strukturelles Problem")


def test_winning_paragraph_takes_the_paragraphs_beside_it() -> None:
    """A forum post sets its seven points in one ``<p>`` of ``<br>`` lines, which wins alone, and its postscript in a
    ``<p>`` of its own after it: a paragraph is one part of a text, so the prose beside it in its parent is the
    text too, however short (trimmed from a Chinese developers' forum post, magic-html forum-ad412ab2)."""
    article = newsmend.extract((PAGES / "zh" / "post-paragraph-of-points-and-postscript.html").read_bytes())
    assert article.paragraphs[0].startswith("1.目前市场上支持生成t.cn短链的网站已经不多了")
    assert article.paragraphs[-1] == "附言：使用后可以提出意见帮助改进"
    assert len(article.paragraphs) == 8


def test_post_info_lines_inside_the_posts_leave_a_thread() -> None:
    """A film site's short reviews set each review's info line in the review's own element (``span.comment-info``:
    votes, ``有用``, the reviewer, ``看过``, the date and clock time, the place) beside its text: a short line that is
    no prose and holds a date with its clock time is when a post was written, not what it says (trimmed from a
    Chinese film site's short reviews of a series, its first eight, magic-html forum-b5bb3713)."""
    article = newsmend.extract((PAGES / "zh" / "short-reviews-info-lines.html").read_bytes())
    assert not any("有用" in p and "看过" in p for p in article.paragraphs)
    assert article.paragraphs[0] == "我们的善良和恶毒都不够纯粹，所以痛苦。"
    assert len(article.paragraphs) == 8


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Example Media",
        "Site content (C) 2019 Example Media",
        "Copyright Guardian News & Media Limited",
        "… Media Group, copyright 2016",
        "Copyright (c) 2019 Example Media",
        "2016 Copyright Example Media",
        "Example Media. All Rights Reserved.",
        "Example is a trademark of Example Inc.",
        "Example® is a registered trademark",
        "某某网 版权所有",
        "某某網 版權所有",
        "京ICP备00000000号",
        "沪ICP证000000号",
        "沪公网安备31000002000000号",
        "违法和不良信息举报电话：010-00000000",
    ],
)
def test_every_wording_of_a_legal_notice_is_measured_legal(line: str) -> None:
    """Each wording the legal-notice pattern knows (its cheap literal pre-test must let every one through): a
    footer's notice is furniture however long and punctuated."""
    stats = block_stats(Block(line))
    assert stats.legal and not stats.prose


def test_first_block_of_an_element_is_found_once_per_page() -> None:
    """``Block.within`` says which elements hold a block; ``Page.first_under`` answers the first block of an
    element from the page's own blocks, the same block when asked again (the stages ask about a few elements often)."""
    page = parse_html(f"<html><body>{NAV}{article()}{FOOTER}</body></html>")
    headline = next(b for b in page.blocks if b.tag == "h1")
    box = headline.ancestors[-1]  # the article's <div>: the headline block's own element is its <h1>
    inside = [b for b in page.blocks if b.within(box)]
    assert [b.text for b in inside] == ["前四个月铁路客运量同比增长", *PARAGRAPHS]
    assert page.first_under(box) is headline
    assert page.first_under(box) is page.first_under(box)
    assert not page.blocks[0].within(box) and page.first_under(page.blocks[0].container) is page.blocks[0]
    with pytest.raises(StopIteration):
        page.first_under(-5)
