"""Main-content selection on HTML pages: which blocks are the article.

The :class:`Selection` is the contract between content selection (this module for HTML,
``newsmend.textpage`` for plain text) and field extraction (``newsmend.fields``).

Selection on HTML pages, in stages:
  0. A container named like furniture that holds nearly all of the page's prose is its wrapper: the name goes.
  1. Each block gets a value: its non-link text, full when it reads like prose (sentence punctuation,
     CJK-aware) and reduced otherwise, minus its link text and a fixed cost per block (menus, counters and
     tag clouds are many short blocks), reduced under containers whose class/id/tag says boilerplate.
  2. Every DOM container gets a decayed score (its blocks count fully for their own element, half for the
     parent ...); the best one is the densest cluster of prose (outside ``<aside>``, ``<nav>``, ``<footer>`` and
     ``<header>`` when a container there holds two sentences; inside the page's ``<article>`` or ``<main>`` when
     one there is a tenth as good), unless the page's own summary
     (``og:description``) opens a block elsewhere whose container is a close rival (teaser streams) or of the
     same make (an article split in parts: both are taken).
  3. It grows to the ancestor (a few levels up) under which containers of its own kind hold the most text,
     when that is a real share of it: the other posts of a thread, short replies included, or the other
     parts of a split article; a thread also takes the post before it that it answers and, when they are
     named as such, replies of another make after it (and, when the page marks a schema.org Question item, its
     Answer items and comments, however far or few); a quotation, list or table moves up to its parent when
     prose sits beside it, and a ``<section>`` to its parent when its sibling sections hold prose.
  4. Inside it, link lists and blocks that are boilerplate by hint or by wording are dropped (prose under a
     furniture hint only when boxes of that kind hold little of the article's prose; list items that are linked
     sentences stay when article prose follows them); in a thread,
     so are the short lines outside the posts (author, date, counters); headings and label lines over what
     was dropped go with it. A lead paragraph set apart just above it joins it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsmend.blocks import Block, Page
from newsmend.html.parse import INVISIBLE_MARK, ITEM_MARK


@dataclass(slots=True)
class Selection:
    """The blocks of a page that make up the article, and the roles of some others.

    ``body`` are indices into ``page.blocks`` in reading order; ``title`` the block holding the headline
    when it is among the blocks; ``roles`` maps other block indices to what they are (``"byline"``,
    ``"caption"``, ``"related"``, ``"comment"``, ``"boilerplate"`` ...); ``flags`` says what went wrong
    (``"no-article"``).
    """

    body: list[int]
    title: int | None = None
    roles: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)


#: Sentence punctuation, full-width (Chinese/Japanese) and ASCII. Chinese prose has one mark per ~8-15 chars;
#: menus and link lists have none.
_CJK_PUNCT = frozenset("，。、；：？！…")
#: ASCII marks count when followed by a space, the end, or Han (mirror-damaged Chinese has ASCII commas).
_ASCII_PUNCT = re.compile(r"[.,;:?!](?=\s|$|[\u3400-\u9fff])")
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

#: A block is prose when it has at least one sentence mark and this many characters (calibrated on the zh
#: pages of magic-html-bench: shorter punctuated blocks are mostly labels like "来源：" or "分享到：").
PROSE_MIN_CHARS = 12
#: ...or when it is this long even without punctuation (long unpunctuated paragraphs occur in poems, lists).
PROSE_LONG_CHARS = 60
#: Value of a character of non-prose text relative to prose (short headings, captions, credits still count a
#: little so that a container of short paragraphs is not beaten by a long link list).
NON_PROSE_WEIGHT = 0.3
#: Penalty per link character: link text is navigation unless surrounded by more than as much plain text.
LINK_PENALTY = 1.0
#: Penalty per link character inside prose: inline links in a sentence are citations, not menus. Half the
#: penalty keeps a linked lead paragraph positive (dev sets: readability-testpages non-zh 0.914 -> 0.923,
#: fundus non-zh 0.823 -> 0.850; zh pages unchanged; 0 and 0.5 scored the same).
PROSE_LINK_PENALTY = 0.5
#: Fixed cost of a block, in characters: what separates a 40-item menu from a 2-paragraph article. Unpunctuated
#: lines that continue one element's text after a ``<br>`` (verse, lyrics, an address) do not pay it again: they
#: are one item. Punctuated ones still do (short replies in a comment list are lines of one element too; waiving
#: it for them lost a blog article to its comments on the zh dev pages).
BLOCK_COST = 4.0
#: Prose under a furniture hint inside the article stays when the boxes of that kind hold at least this share
#: of the article's prose (an oddly named wrapper, a listicle's item footers), else they are boxes in it (related
#: posts with excerpts, an author bio): readability-testpages non-zh +0.0021, magic-html non-zh +0.0015,
#: trafilatura-eval non-zh +0.0015, fundus non-zh +0.0009, zh pooled -0.0002. 0.15 gains less, 0.35 drops the
#: body of a page under a "footer" wrapper; boxes counted one by one instead of by kind cut up a listicle.
HINTED_BOX_SHARE = 0.25
#: Hint words of a media player's box, whose short lines are its status and error lines at any share
#: (``很抱歉，当前视频播放失败``, ``错误代码：…``: a quarter of a short video page's caption, magic-html zh) ...
_MEDIA_BOX_TOKENS = frozenset(("player",))
#: ... when they are shorter than this (the player box of another magic-html page holds the video's transcript,
#: sentences of 80-300 characters; the status lines seen are 12-20).
MEDIA_STATUS_MAX_CHARS = 40
#: Value kept under a container hinted as boilerplate (class/id/tag). Not zero: sites name article wrappers
#: oddly ("main-side", "share-content") and must not lose a long article to one token.
NEGATIVE_HINT_FACTOR = 0.2
#: A block whose links cover more than this share of its text is a link (list item, related headline).
MAX_LINK_DENSITY = 0.5
#: Links longer than this share are tolerated in long prose (inline citations): dense prose with many links.
PROSE_LINK_DENSITY = 0.7
#: The lead set apart above the body joins it when it is prose of at least this many characters (40 and 80
#: score alike on the non-zh dev sets; 80 loses short Chinese leads)...
RECOVER_MIN_CHARS = 40
#: ...with fewer than this many other blocks between it and the body (an author, a date, a reading time): 3 -> 4
#: trafilatura-eval non-zh 0.9139 -> 0.9170, readability +0.0003, magic-html non-zh -0.0001, fundus non-zh
#: -0.0005; 5 loses magic-html non-zh 0.0018 more (its labels leave standfirsts out).
RECOVER_GAP = 4
#: The post a thread answers joins it when it is prose of at least this many characters (a one-line question
#: is a post; magic-html forums: 20 and 12 score alike, 40 loses short questions)...
OPENING_MIN_CHARS = 20
#: ...at most this many blocks before the thread (its author, tags, like and share buttons sit between;
#: 12 and 16 score alike, 6 loses a post followed by its toolbar) and within GROW_LEVELS of the thread.
OPENING_GAP = 12
#: A block counts fully for its own element and this much less for each level above (readability gives the
#: parent all and the grandparent half; a steady 0.5 per level scored best on the zh dev pages).
SCORE_DECAY = 0.5
#: Levels that get a block's full value before the decay starts: its own element and the parent (a paragraph
#: and the article body holding it).
FULL_LEVELS = 2
#: Grow from the best container to an ancestor up to this many levels up (forum post bodies sit 3-6 levels
#: below the thread, 11 in Discuz's table layout; magic-html zh forums: 8 -> 12 levels 0.885 -> 0.887), table
#: parts not counting (:func:`_grow_reach`). A plain 20 instead reaches a whole timeline of look-alike atomic-CSS
#: divs on two magic-html pages (0.89 -> 0.47, 0.69 -> 0.37)...
GROW_LEVELS = 12
#: ...when containers of the same kind under it hold at least this share of the best container's value in
#: text (a teaser stream is of another kind and never counts).
GROW_SIMILAR_SHARE = 0.2
#: ...or, for the best container's own siblings of its kind, when they hold this much text, whatever the share:
#: an article split into sibling columns of one class around a full-width figure (Readability joins siblings of
#: the top candidate's class too). readability-testpages non-zh +0.0006 (600 and 1000 score alike); 200 takes a
#: box of another story on trafilatura-eval.
SPLIT_PART_MIN_CHARS = 600.0
#: Page metadata that only articles carry (forums and Q&A pages declare ``og:type`` website or nothing).
_ARTICLE_META = ("article:published_time", "ld:headline")
#: Class/id words of the replies of a thread (the answers to a question, the comments on a topic).
_REPLY_TOKENS = frozenset(("comment", "comments", "reply", "replies", "answer", "answers", "response", "responses"))
#: A post joins the replies after it when they sit at most this many levels above it (the question and the
#: answer list are siblings or cousins on the dev forums)...
REPLY_LEVELS = 3
#: ...and their bodies of one kind sit in at least this many reply containers (a lone "no comments yet" line
#: is no thread; 2 would win two Q&A pages of magic-html but takes the two reader comments of a news page).
MIN_REPLIES = 3
#: Levels of a post's path that make its kind: sites wrap the first answer or the opening post in other
#: containers than the replies, but the post body's innermost levels are the same.
SIGNATURE_DEPTH = 3
#: A widget is a run of at least WIDGET_RUN consecutive non-prose blocks shorter than WIDGET_MAX_CHARS
#: (a video player's "2.0X / 1.5X / 高清 / 标清" or "点赞 / 收藏 / 分享"); headings and datelines come alone.
WIDGET_RUN = 4
WIDGET_MAX_CHARS = 10
#: A heading over no kept text is a box title when at most this long ("Related articles", "Share this:", "Das
#: könnte Sie auch interessieren!"); the longer ones on the dev pages (trafilatura-eval, 60-100 characters)
#: are pull quotes and interview questions set as headings.
BOX_TITLE_MAX_CHARS = 50
#: Page metadata holding a summary that sites copy from the article's first sentence.
DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "ld:description")
#: Page metadata holding the headline: a summary that repeats one of these points at a copy of the headline
#: (a sticky top bar), not at the lead.
HEADLINE_KEYS = ("og:title", "twitter:title", "html:title", "ld:headline")
#: Characters of the summary that must occur in a block for it to be the lead (long enough to be unique
#: on a page, short enough to survive an edited summary).
LEAD_MATCH_CHARS = 16
#: The summary may start this many characters into the block (after a dateline; the longest on the dev
#: pages, "新华社记者 某某 某某 北京5月20日电", has 20).
LEAD_MAX_OFFSET = 24
#: Value added to the lead block: worth a long paragraph, so it decides between an article and a teaser
#: list of similar mass, but cannot lift a lone sentence over a whole article elsewhere.
LEAD_BONUS = 200.0
#: Levels of kinds the lead's part must share with the best container's part below their common ancestor, when
#: the lead's part is the shallower, to be parts of one text (:func:`_part_of_same_make`). A paper's abstract and
#: its reference list, one level deeper, both sit in ``section>div.c-article-section>div.c-article-section__content``
#: (trafilatura-eval t0431 1/3 -> 3/3; 1 scores alike on every dev page).
MAKE_MIN_LEVELS = 2
#: Prose beside the chosen container under its parent, as a share of the container's value, that makes the
#: parent the article (readability joins siblings scoring 0.2 of the top candidate).
SIBLING_SHARE = 0.2
#: Levels above the chosen container searched for the ``<section>`` it belongs to (a section's text sits in a
#: wrapper div or two: ``section>div.container>div.copy>p``).
SECTION_LEVELS = 3
#: Elements that quote, list or tabulate inside a text: never the article alone when prose sits beside them
#: (dev sets: 4 pages better -- a long quotation, forum posts in a table or list -- none worse).
_QUOTING_TAGS = frozenset(("blockquote", "ul", "ol", "dl", "table"))
#: Parts of a table that are no level of their own when a post's thread is looked for above it (:func:`_grow_reach`).
_TABLE_LEVELS = frozenset(("tbody", "thead", "tfoot", "tr", "td", "th"))
#: Parts of a table that stand for the whole table when they win (a ``<tbody>`` holds all of its rows).
_TABLE_PARTS = frozenset(("tbody", "thead", "tfoot"))
#: The best container holding the lead replaces the overall best when it scores at least this share of it
#: (magic-html zh: two teaser streams of one long summary per item lose to their short article; 0.7 keeps
#: one of them, 1.0 is no override).
LEAD_OVERRIDE_SHARE = 0.5
#: Class/id words of a summary box (standfirst, dek) that repeats the page's description beside the body.
_SUMMARY_TOKENS = frozenset(
    (
        "summary", "description", "desc", "excerpt", "standfirst", "dek", "lead", "lede", "intro", "subtitle",
        "subhead", "abstract", "teaser", "zy", "zhaiyao", "daodu",
    )
)
#: A container whose class/id names furniture is the page's wrapper, not a box on it, when it holds at least this
#: share of the page's prose: layouts name the sidebar they have (``Layout--sidebarPosition-end``,
#: ``content-sidebar-wrap``, ``has-sidebar``), plugins put their name on the article's parent
#: (``gigya-share-btns-2_gig_containerParent``); the name then says nothing about its text. 48 dev pages have such
#: a wrapper: trafilatura-eval snippets found 858 -> 860, readability-testpages non-zh 0.9627 -> 0.9630, other sets
#: unchanged; 0.8 takes a wrapper named ``gate-ad`` holding 82% of a Japanese page's prose and its real ad box
#: with it (fundus Asahi 0.905 -> 0.797). Overlay words stay: a consent dialog holds 84% of one news page's prose.
WRAPPER_SHARE = 0.9
#: A container in the page's ``<article>`` or ``<main>`` element replaces a better one outside both when it scores
#: at least this share of it (magic-html: a consent dialog 2.5 times the article, a forum's notices 1.4 times the
#: post, a payment popup 8 times a two-line Chinese post; 0.05 scores alike, 0.01 takes a teaser card tagged
#: ``<article>`` over a trafilatura-eval page's text at 0.03, 0.2 keeps the popup).
ARTICLE_ELEMENT_SHARE = 0.1
#: Best score under which hints are distrusted and the page is scored without them: about two sentences.
HINTLESS_BELOW = 50.0
#: The page has no article when no kept block other than a legal notice reaches this many characters (a page
#: of menus ends with its footer as the "best" container). One on purpose: dev pages whose whole labelled
#: article is one word ("Test") or a forum title exist, and a short answer beats none.
MIN_ARTICLE_CHARS = 1

#: Words in class/id names that mark page furniture. Only unambiguous words: layout words ("bottom", "more",
#: "side") and utility classes ("woo-panel-bottom", "disableAside") put whole articles under them. "player":
#: a video player's status lines ("正在为您切换到高清", "当前视频播放失败") are punctuated like prose.
_NEGATIVE_TOKENS = frozenset(
    (
        "footer", "sidebar", "nav", "navbar", "navigation", "menu", "related", "relate", "recommend",
        "recommended", "recommendation", "share", "sharing", "social", "hot", "hotnews", "ad", "ads", "advert",
        "advertisement", "banner", "breadcrumb", "breadcrumbs", "crumb", "copyright", "login", "subscribe",
        "newsletter", "popup", "modal", "toolbar", "pagination", "pager", "ranking", "promo",
        "sponsor", "cookie", "cookies", "disclaimer", "tuijian", "xgxw", "remen", "masthead", "topbar", "sns",
        "feedback", "rss", "qrcode", "ewm", "consent", "gdpr", "onetrust", "dialog", "player",
    )
)
#: Words that, beside ``author``, name the box presenting a post's author (``author-box``, ``author-bio``,
#: ``author-description``, ``about-author``): a biography, not the article. ``author`` alone marks bylines.
_AUTHOR_BOX_TOKENS = frozenset(("box", "bio", "biography", "description", "about"))
#: Words naming the box of the form that takes a reader's reply (WordPress's ``div#respond.comment-respond`` around
#: ``form#commentform``): its notes and labels ("Your email address will not be published") are no text, neither
#: the article's nor a thread's. Not a reply word beside ``form``: Q&A sites name their answer form so, and a
#: question lost its answers to it (magic-html forum-1f95e1499390a2bc 0.44 -> 0.12).
_REPLY_FORM_TOKENS = frozenset(("respond", "commentform", "replyform"))
#: Of these, the long words that also mark furniture when glued to another word without a separator
#: ("relatedposts", "sidebarleft", "footerlinks"); short ones would catch unrelated words ("ad" in "address").
_NEGATIVE_STEMS = tuple(sorted(t for t in _NEGATIVE_TOKENS if len(t) >= 6))
#: Of these, the words of overlays (consent banners, modal dialogs): their text never counts at all, however
#: long (a cookie notice of 5 000 characters outweighs a short article even at NEGATIVE_HINT_FACTOR).
_OVERLAY_TOKENS = frozenset(("consent", "gdpr", "onetrust", "cookie", "cookies", "modal", "popup", "dialog"))
#: Elements that say "article" by themselves: never demoted by a class word.
_ARTICLE_TAGS = frozenset(("article", "main"))
_NEGATIVE_TAGS = frozenset(("nav", "footer", "aside", "header"))  # not form: forums and ASP.NET wrap pages in one
_POSITIVE_TOKENS = frozenset(
    ("article", "content", "post", "text", "body", "detail", "main", "entry", "story", "news", "zw", "cont")
)
#: Legal notices in footers: long, punctuated, and never the article (site-independent wording). Written in
#: lower case and searched in the lowered text: a case-sensitive pattern keeps its literal-prefix scan (~3x
#: faster than ``re.I`` on block texts).
_LEGAL = re.compile(
    r"©|\(c\)\s*\d{4}|copyright|all rights reserved|trademarks? of|registered trademarks?|"
    r"版权所有|版權所有|icp备|icp证|公网安备|京icp|举报电话|不良信息举报"
)
#: Legal notices are short: a longer block that mentions copyright is a paragraph about it (and the regex
#: then scans a fraction of the text). 400 and 1000 give the same output on every dev page.
LEGAL_MAX_CHARS = 400
_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
#: UI wording that marks a block as page furniture, in Chinese and English (generic labels, not site strings).
_BOILERPLATE = re.compile(
    r"^(?:分享到|分享至|上一篇|下一篇|相关推荐|相关阅读|相关新闻|相关文章|热门推荐|热门文章|热点新闻|猜你喜欢|"
    r"延伸阅读|推荐阅读|扫一扫|扫描二维码|打开APP|打开客户端|点击进入|发表评论|网友评论|查看评论|我要评论|"
    r"返回顶部|返回首页|举报|收藏|点赞|关注我们|Share|Tweet|Related|Read more|Advertisement|Sign up|Log in|"
    r"Subscribe)",
    re.I,
)


def _tokens(label: str) -> list[str]:
    """Lowercase words of a ``tag#id.class`` label, splitting camelCase, dashes and underscores."""
    return [t.lower() for t in _TOKEN.findall(label)]


@lru_cache(maxsize=4096)
def _hint(label: str) -> int:
    """-2 for an overlay, -1 for a boilerplate container, +1 for an article-like one, 0 otherwise (by tag, id
    and classes)."""
    if label.endswith(INVISIBLE_MARK):
        return -2
    tag = label_tag(label)
    if tag in _NEGATIVE_TAGS:
        return -1
    if tag in _ARTICLE_TAGS:
        return 1
    tokens = _tokens(label[len(tag) :])
    if any(t in _OVERLAY_TOKENS for t in tokens):
        return -2
    if any(t in _NEGATIVE_TOKENS or t.startswith(_NEGATIVE_STEMS) for t in tokens):
        return -1
    if "author" in tokens and _AUTHOR_BOX_TOKENS.intersection(tokens):
        return -1
    if _REPLY_FORM_TOKENS.intersection(tokens):
        return -1
    return 1 if any(t in _POSITIVE_TOKENS for t in tokens) else 0


def is_furniture(label: str) -> bool:
    """A ``tag#id.class`` label naming page furniture or an overlay (``div.tuijian``, ``aside``)."""
    return _hint(label) < 0


def _punctuation(text: str) -> int:
    return sum(c in _CJK_PUNCT for c in text) + len(_ASCII_PUNCT.findall(text))


def _chars(text: str) -> int:
    return len(text) - text.count(" ")


@dataclass(slots=True)
class _Stats:
    """What the scorer knows about one block."""

    chars: int
    link_chars: int
    prose: bool
    legal: bool  # a copyright/licence/registration notice: page furniture however long

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def _stats(block: Block) -> _Stats:
    chars = _chars(block.text)
    link_chars = min(block.link_chars, chars)
    plain = chars - link_chars
    long_enough = plain >= PROSE_LONG_CHARS or (plain >= PROSE_MIN_CHARS and _punctuation(block.text) > 0)
    dense = link_chars / chars if chars else 0.0
    prose = long_enough and dense <= (PROSE_LINK_DENSITY if plain >= PROSE_LONG_CHARS else MAX_LINK_DENSITY)
    legal = chars <= LEGAL_MAX_CHARS and _LEGAL.search(block.text.lower()) is not None
    return _Stats(chars, link_chars, prose and not legal, legal)


def _value(stats: _Stats, demotion: int, cost: float) -> float:
    plain = stats.chars - stats.link_chars
    good = 0.0 if stats.legal or demotion < -1 else plain if stats.prose else plain * NON_PROSE_WEIGHT
    if demotion < 0:
        good *= NEGATIVE_HINT_FACTOR
    penalty = PROSE_LINK_PENALTY if stats.prose else LINK_PENALTY
    return good - stats.link_chars * penalty - cost


def containers(block: Block) -> tuple[int, ...]:
    """The ids of the elements holding ``block``, outermost first (its own element last)."""
    return (*block.ancestors, block.container)


def _demotion(block: Block, top: int | None) -> int:
    """The worst hint (0, -1 boilerplate, -2 overlay) of the containers strictly inside ``top`` (or anywhere,
    for ``None``)."""
    ancestors = block.ancestors  # = containers(block).index(top) + 1, without building the tuple (hot: per block)
    if top is None:
        start = 0
    elif top in ancestors:
        start = ancestors.index(top) + 1
    else:
        start = len(ancestors) + 1 if top == block.container else 0
    return _path_demotion(block.path, start)


@lru_cache(maxsize=8192)
def _path_demotion(path: str, start: int) -> int:
    """:func:`_demotion` by path (blocks of one list share it). html/body carry page-wide classes
    ("has-sidebar") and never count."""
    labels = path.split(">")[start:]
    hints = [_hint(label) for label in labels if not label.startswith(("body", "html"))]
    return min(0, *hints) if hints else 0


@dataclass(slots=True)
class _Tree:
    """Per container: decayed score, undecayed sum of block values, and parent."""

    scores: dict[int, float] = field(default_factory=dict)
    sums: dict[int, float] = field(default_factory=dict)
    parents: dict[int, int | None] = field(default_factory=dict)


def _tree(page: Page, values: list[float]) -> _Tree:
    """Score every container. Decayed: a block counts fully for its own element, half for the parent ...;
    decay keeps a teaser list from outscoring the article next to it (teasers sit deeper, and any wrapper big
    enough to hold both would win an undecayed sum). Undecayed sums decide how far to grow (see _grow)."""
    tree = _Tree()
    scores, sums, parents = tree.scores, tree.sums, tree.parents  # local names: this loop runs per block
    by_ancestors: dict[tuple[int, ...], float] = {}
    for block, value in zip(page.blocks, values, strict=True):
        cid, ancestors = block.container, block.ancestors
        scores[cid] = scores.get(cid, 0.0) + value
        sums[cid] = sums.get(cid, 0.0) + value
        if cid not in parents:
            parents[cid] = ancestors[-1] if ancestors else None
        by_ancestors[ancestors] = by_ancestors.get(ancestors, 0.0) + value
    # siblings share their ancestors: walk each distinct chain once (depth 1 is the parent)
    for ancestors, total in by_ancestors.items():
        weight, size = total, len(ancestors)
        for depth, cid in enumerate(reversed(ancestors), start=1):
            scores[cid] = scores.get(cid, 0.0) + weight
            sums[cid] = sums.get(cid, 0.0) + total
            if depth >= FULL_LEVELS - 1:
                weight *= SCORE_DECAY
            if cid not in parents:
                parents[cid] = ancestors[-depth - 1] if depth < size else None
    return tree


_SPACE = re.compile(r"\s+")
_TABLE_CELLS = frozenset(("td", "th"))
_CODE_TAGS = frozenset(("pre",))
#: The heading elements, of every level.
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: Cells of a table inside the article are data even when they are links (a filmography, a list of results):
#: readability-testpages non-zh 0.9354 -> 0.9387, other sets within 0.0003. Linked paragraphs are not ("Read
#: also: ..." teasers inside the body; keeping them lost trafilatura-eval 0.004 and fundus 0.019).
_LINKED_TEXT_TAGS = frozenset(("td", "th"))
#: Elements whose links may dominate and still be text when they carry PROSE_MIN_CHARS of their own: all sets
#: gain (readability-testpages non-zh +0.0021, magic-html non-zh +0.0017, fundus non-zh +0.0062, zh pooled
#: +0.0006) but trafilatura-eval (-0.0005, one leak); with ``div`` too magic-html gains 0.0008 less.
_ANNOTATED_LINK_TAGS = frozenset(("p", "li"))
#: A list item wholly linked is text when it is a sentence of at least this many words and more article prose
#: follows it: readability-testpages non-zh +0.0017 (changelogs, lists of works), other sets unchanged; 6 takes
#: related headlines between paragraphs (trafilatura-eval -0.0005). Spaced languages only (a CJK item is one word).
LINKED_ITEM_WORDS = 9


#: Block elements that hold text rather than structure.
_LEAF_TAGS = frozenset(("p", "pre", "blockquote", "li", "td", "dd", "h1", "h2", "h3", "h4", "h5", "h6"))


def label_tag(label: str) -> str:
    """The element name of a path segment: ``div#post_12.post`` → ``div``, ``div~item:Answer`` → ``div``."""
    return label.partition("#")[0].partition(".")[0].partition("~")[0]


@lru_cache(maxsize=16384)
def element_kind(label: str) -> str:
    """A path segment as tag and first class: ``div#post_12.post.is-edited`` → ``div.post``.
    Modifier classes (edited, by-author, odd/even) vary between the posts of one thread."""
    tag = label_tag(label)
    rest = label[len(tag) :]
    first_class = rest.partition(".")[2].partition(".")[0] if "." in rest else ""
    return f"{tag}.{first_class}"


def _signature(first: Block, k: int, level: int) -> tuple[str, ...]:
    """The kind of a post as one of a thread ``level`` levels up: the innermost :data:`SIGNATURE_DEPTH` kinds
    of the path from there down to the post (``first`` is a block under it, ``k`` the post's index on that
    block's path). When the post is a leaf (a ``<p>`` or ``<pre>``), its own kind is left out: a reply's text
    sits in a ``<p>``, the question's in a ``<pre>``."""
    labels = first.path.split(">")
    leaf = k == len(labels) - 1 and element_kind(labels[k]).partition(".")[0] in _LEAF_TAGS and level > 1
    return tuple(element_kind(x) for x in labels[k - level + 1 : k if leaf else k + 1])[-SIGNATURE_DEPTH:]


@lru_cache(maxsize=8192)
def _kind_path(path: str) -> str:
    """A path as ``>kind>kind>...>`` (see :func:`element_kind`): a post kind is then a substring (C-speed search)."""
    return ">" + ">".join(element_kind(x) for x in path.split(">")) + ">"


def _matches(block: Block, signature: tuple[str, ...]) -> bool:
    """Whether ``block`` sits in a container of the kind ``signature`` (anywhere on its path)."""
    return ">" + ">".join(signature) + ">" in _kind_path(block.path)


def _holds_below(block: Block, cid: int, needle: str) -> bool:
    """Whether the kind path ``needle`` occurs in ``block``'s path below its ancestor ``cid``: a page wrapper of the
    post's kind (``body>div.content`` over an article ``div.content``) must not make every block of the page a
    post. The search runs on the whole cached kind path; an occurrence counts from the segment after ``cid``."""
    kinds = _kind_path(block.path)
    start = (len(block.ancestors) if cid == block.container else block.ancestors.index(cid)) + 1
    pos = kinds.find(needle)
    while pos >= 0:
        if kinds.count(">", 0, pos) >= start:  # the occurrence opens at segment number (count of ">" before it)
            return True
        pos = kinds.find(needle, pos + 1)
    return False


def _first_block(page: Page, cid: int) -> Block:
    return next(b for b in page.blocks if b.container == cid or cid in b.ancestors)  # no tuple per block


def _outside(page: Page, masses: list[float], chain: tuple[int, ...], k: int) -> list[tuple[int, int]]:
    """The blocks with text outside the post at ``chain[k]``, as (index, depth on ``chain`` where the block's
    path leaves it). A block under a boilerplate hint below that split is left out: the "social" comments
    widget of a news article is no reply."""
    depth_of = {cid: j for j, cid in enumerate(chain)}
    out = []
    for i, (block, mass) in enumerate(zip(page.blocks, masses, strict=True)):
        if mass <= 0:
            continue
        split = next((depth_of[c] for c in reversed(containers(block)) if c in depth_of), -1)
        if 0 <= split < k and _demotion(block, chain[split]) == 0:
            out.append((i, split))
    return out


def _post_mass(st: _Stats) -> float:
    """What a block adds to a thread: its plain text when links do not dominate it, punctuated or not
    (replies are short and unpunctuated: "元旦快乐", "试过不行呢"); legal notices add nothing."""
    if st.legal or st.link_density > MAX_LINK_DENSITY:
        return 0.0
    return float(st.chars - st.link_chars)


def _grow(top: int, tree: _Tree, page: Page, masses: list[float]) -> tuple[int, tuple[str, ...] | None]:
    """Grow to the ancestor (within GROW_LEVELS) under which containers of the same kind as ``top`` hold the
    most text, if that is a real share of ``top``: a thread of posts, not an article beside a teaser stream.
    The most, not the first: a post quoting another post holds one of the same kind a level up, the thread
    holds them all further up. Siblings of its kind need only :data:`SPLIT_PART_MIN_CHARS`: parts of one text.
    Returns the container and, when it grew, the posts' kind."""
    first = _first_block(page, top)
    chain = containers(first)
    k = chain.index(top)
    outside = _outside(page, masses, chain, k)
    grown, most = (top, None), GROW_SIMILAR_SHARE * tree.sums[top]
    for level in range(1, _grow_reach(first.path, k) + 1):
        signature = _signature(first, k, level)
        needle = ">" + ">".join(signature) + ">"
        mass = sum(
            masses[i]
            for i, split in outside
            if split >= k - level and _holds_below(page.blocks[i], chain[k - level], needle)
        )
        bar = min(most, SPLIT_PART_MIN_CHARS) if level == 1 else most
        if mass > bar:
            grown, most = (chain[k - level], signature), max(mass, most)
    return grown


@lru_cache(maxsize=4096)
def _grow_reach(path: str, k: int) -> int:
    """Levels above the ``k``-th segment of ``path`` that :func:`_grow` may climb: :data:`GROW_LEVELS`, the parts of
    a layout table (``tbody``, ``tr``, ``td``) not counting. Old forums wrap each post in nested tables, three parts
    per table, so their thread sits 18 levels above a post's text; a wrapper ``div`` is a level."""
    tags = [label_tag(label) for label in path.split(">")[:k]]
    counted = 0
    for level, tag in enumerate(reversed(tags), start=1):
        counted += tag not in _TABLE_LEVELS
        if counted > GROW_LEVELS:
            return level - 1
    return k


def _body_kind(block: Block) -> tuple[str, ...]:
    """The innermost :data:`SIGNATURE_DEPTH` kinds of a block's path, its own leaf element left out: what the
    text bodies of one list of replies share (their author and date lines sit elsewhere)."""
    labels = block.path.split(">")
    if labels and element_kind(labels[-1]).partition(".")[0] in _LEAF_TAGS:
        labels = labels[:-1]
    return tuple(element_kind(x) for x in labels[-SIGNATURE_DEPTH:])


def _declares_article(page: Page) -> bool:
    """Whether the page says it is an article (``og:type``, an ``article:published_time``, a JSON-LD
    headline): its comments are not its text, whereas a forum's or Q&A site's replies are."""
    meta = page.meta
    return meta.get("og:type", "").strip().lower() == "article" or any(key in meta for key in _ARTICLE_META)


@lru_cache(maxsize=8192)
def _names_reply(label: str) -> bool:
    """Whether a path segment's class/id words name a reply (:data:`_REPLY_TOKENS`)."""
    return any(t in _REPLY_TOKENS for t in _tokens(label))


def _replies(page: Page, top: int, masses: list[float]) -> tuple[int, tuple[str, ...]] | None:
    """Stage 3c: a post followed by replies of another make (a question and its answers, a topic and its
    comments). Up to :data:`REPLY_LEVELS` levels above ``top``, the text in containers named as replies
    (:data:`_REPLY_TOKENS`; not in a form, not under a boilerplate hint), grouped by body kind; of the groups
    spanning :data:`MIN_REPLIES` replies, the largest whose kind is named like content ("comment-detail"),
    else the largest (author-and-date lines repeat in every reply too), makes the ancestor the thread and
    gives its posts' kind.
    Never inside an ``<article>`` element: replies there are the comments of the story it holds."""
    first = _first_block(page, top)
    chain = containers(first)
    k = chain.index(top)
    tags = [label_tag(label) for label in first.path.split(">")]
    outside = _outside(page, masses, chain, k)
    for level in range(1, min(REPLY_LEVELS, k) + 1):
        start = k - level
        if "article" in tags[: start + 1]:
            return None  # comments inside the story's own <article> element are the story's
        groups: dict[tuple[str, ...], tuple[float, set[int]]] = {}
        for i, split in outside:
            if split < start:
                continue
            block = page.blocks[i]
            ids, labels = containers(block), block.path.split(">")
            if chain[start] not in ids:  # a path cut to MAX_PATH_DEPTH below the thread
                continue
            below = range(ids.index(chain[start]) + 1, len(ids))
            named = [ids[j] for j in below if _names_reply(labels[j])]
            if named and not any(label_tag(labels[j]) == "form" for j in below):
                kind = _body_kind(block)
                total, units = groups.get(kind, (0.0, set()))
                units.add(named[-1])
                groups[kind] = (total + masses[i], units)
        kinds = [
            (_hint(kind[-1]) > 0, total, kind) for kind, (total, units) in groups.items() if len(units) >= MIN_REPLIES
        ]
        if kinds:
            return chain[start], max(kinds)[2]
    return None


#: Path-segment marks (see :data:`~newsmend.html.parse.ITEM_MARK`) of a schema.org Question item and of its answers.
_QUESTION_MARK = ITEM_MARK + "Question"
_ANSWER_MARK = ITEM_MARK + "Answer"


def _question_item(
    page: Page, stats: list[_Stats], top: int, masses: list[float]
) -> tuple[int, tuple[str, ...]] | None:
    """Stage 3c, by the page's own markup: a post inside a schema.org Question item that holds Answer items is a
    question with its answers, however far apart they sit (Stack Exchange keeps its answer list four levels above
    the question's text, beyond :data:`REPLY_LEVELS`) and however few the answers (the markup names them, no count
    needs to tell them from a news page's two comments). The item is the thread; its posts are the answers' text
    elements: in each Answer, the element whose paragraphs (or own lines) hold the most prose, under no container
    named as replies (the comments on an answer); of their kind paths below the Answer, the part all answers share
    (one answer's text is in a spoiler block inside the text element of another), as its innermost
    :data:`SIGNATURE_DEPTH` kinds. An answer's voting buttons and user card stay out like a thread's furniture; the
    comments stay (:attr:`_Choice.comments`). Not from inside an answer: the thread hangs on the question's text."""
    first = _first_block(page, top)
    chain, labels = containers(first), first.path.split(">")
    k = chain.index(top)
    at = next((j for j in range(k, -1, -1) if _QUESTION_MARK in labels[j]), None)
    if at is None or any(_ANSWER_MARK in label for label in labels[at : k + 1]):
        return None
    held: dict[int, dict[tuple[str, ...], float]] = {}  # answer element -> prose mass by the kind of its text element
    for i, split in _outside(page, masses, chain, k):
        block = page.blocks[i]
        if split < at or not stats[i].prose:
            continue
        ids, path = containers(block), block.path.split(">")
        j = next((j for j in range(len(ids) - 1, -1, -1) if _ANSWER_MARK in path[j]), None)
        if j is None or chain[at] not in ids[:j] or any(_names_reply(x) for x in path[j + 1 :]):
            continue
        end = len(path) - 1 if label_tag(path[-1]) in _LEAF_TAGS else len(path)  # a paragraph's element holds it
        if end <= j + 1:
            continue
        kind = tuple(element_kind(x) for x in path[j + 1 : end])
        mass = held.setdefault(ids[j], {})
        mass[kind] = mass.get(kind, 0.0) + masses[i]
    texts = [max(mass, key=mass.__getitem__) for mass in held.values()]
    depth = min(map(len, texts), default=0)
    shared = next((n for n in range(depth) if len({t[n] for t in texts}) > 1), depth)
    common = texts[0][:shared] if texts else ()
    return (chain[at], common[-SIGNATURE_DEPTH:]) if common else None


def _opening_post(page: Page, stats: list[_Stats], thread: int) -> int:
    """Stage 3d: the post a thread answers, when it sits outside the thread's container just before it (a
    question above its answer list): the nearest prose block before the thread, past at most
    :data:`OPENING_GAP` short blocks (author, tags, buttons), not under a boilerplate hint. The thread grows
    to the lowest container holding both, if that is within :data:`GROW_LEVELS` levels."""
    start = next(i for i, b in enumerate(page.blocks) if thread in containers(b))
    for i in range(start - 1, max(-1, start - OPENING_GAP - 1), -1):
        block, st = page.blocks[i], stats[i]
        if not st.prose:
            continue
        if st.chars < OPENING_MIN_CHARS or _demotion(block, None) < 0:
            return thread
        chain = containers(page.blocks[start])
        k = chain.index(thread)
        shared = set(containers(block))
        for level in range(1, min(GROW_LEVELS, k) + 1):
            if chain[k - level] in shared:
                return chain[k - level]
        return thread
    return thread


def _lead_block(page: Page, stats: list[_Stats]) -> int | None:
    """The prose block that opens with the page's own summary (``og:description`` / ``description``).

    Sites fill the description with the article's first sentence, so the block holding it is almost always
    the lead: a cue that rescues short articles beside long teasers. The sentence may follow a dateline
    ("新华社北京5月20日电", "本报讯"), and a teaser of the same story in a boilerplate box does not count. A
    summary that only repeats the headline says nothing about the lead.
    """
    headlines = [_SPACE.sub("", page.meta.get(key, "")) for key in HEADLINE_KEYS]
    for key in DESCRIPTION_KEYS:
        whole = _SPACE.sub("", page.meta.get(key, ""))
        summary = whole[:LEAD_MATCH_CHARS]
        if len(summary) < LEAD_MATCH_CHARS or any(h.startswith(whole) for h in headlines):
            continue
        for i, block in enumerate(page.blocks):
            if not stats[i].prose or block.tag in HEADINGS or _demotion(block, None) < 0:
                continue
            if 0 <= _SPACE.sub("", block.text).find(summary, 0, LEAD_MAX_OFFSET + LEAD_MATCH_CHARS) <= LEAD_MAX_OFFSET:
                return i
    return None


def _keep(block: Block, st: _Stats, choice: _Choice) -> bool:
    """Whether a block inside the chosen container is article text: not a link (unless a table cell, see
    :data:`_LINKED_TEXT_TAGS`). In a thread, short lines outside the posts (and outside the post it was found
    from) are their furniture: author, date, counters, buttons; those sit in elements of their own, so text
    loose in the thread's own element is the thread's (a line between two paragraphs)."""
    if st.link_density > MAX_LINK_DENSITY and not st.prose and not _linked_text(block, st):
        return False
    thread = choice.posts is not None and (choice.strict or not st.prose) and block.tag not in HEADINGS
    outside = block.container != choice.top and choice.post not in containers(block)
    if thread and outside and not _matches(block, choice.posts or ()) and not (choice.comments and _in_reply(block)):
        return False
    top = choice.top
    if _BOILERPLATE.match(block.text) and not st.prose:
        return False
    demotion = _demotion(block, top)
    return demotion == 0 or (demotion == -1 and st.prose)


def _in_reply(block: Block) -> bool:
    """Whether a block sits in a container named as replies (:data:`_REPLY_TOKENS`) below the innermost
    question-and-answer item on its path (the answer list around the Answer items is named so too)."""
    labels = block.path.split(">")
    start = next((j + 1 for j in range(len(labels) - 1, -1, -1) if ITEM_MARK in labels[j]), 0)
    return any(_names_reply(label) for label in labels[start:])


def _linked_text(block: Block, st: _Stats) -> bool:
    """Whether a block dense with links is text all the same: a table cell (:data:`_LINKED_TEXT_TAGS`), or a
    paragraph or list item with words of its own beside its links (a changelog entry, a glossary line: "<a>Bug
    1677080</a> - the window loses focus"), unlike a menu item or a related headline, which are links only."""
    if block.tag in _LINKED_TEXT_TAGS or _linked_item(block, st):
        return True
    return block.tag in _ANNOTATED_LINK_TAGS and st.chars - st.link_chars >= PROSE_MIN_CHARS


def _linked_item(block: Block, st: _Stats) -> bool:
    """A list item that is one linked sentence of :data:`LINKED_ITEM_WORDS` words or more (an entry of a
    changelog or of a list of works), unlike a menu entry; :func:`_drop_trailing_link_items` tells it from a
    related story's headline."""
    return block.tag == "li" and st.link_density > MAX_LINK_DENSITY and len(block.text.split()) >= LINKED_ITEM_WORDS


def _drop_trailing_link_items(page: Page, body: list[int], stats: list[_Stats]) -> list[int]:
    """Stage 4a, after the boxes: linked sentences after the article's last prose are its list of related
    stories, not its text (those between its paragraphs are)."""
    items = {
        i
        for i in body
        if not stats[i].prose
        and _linked_item(page.blocks[i], stats[i])
        and stats[i].chars - stats[i].link_chars < PROSE_MIN_CHARS  # no words of its own beside the link
    }
    if not items:
        return body
    last = max((i for i in body if stats[i].prose and i not in items), default=-1)
    return [i for i in body if i not in items or i < last]


def _hinted_box(block: Block, top: int) -> str | None:
    """The kind (:func:`element_kind`) of the outermost element inside ``top`` whose class/id/tag says furniture, if
    any: the box a prose block sits in."""
    labels, ids = block.path.split(">"), containers(block)
    start = ids.index(top) + 1 if top in ids else 0
    for label in labels[start:]:
        if not label.startswith(("body", "html")) and _hint(label) < 0:
            return element_kind(label)
    return None


def _drop_hinted_boxes(page: Page, body: list[int], stats: list[_Stats], top: int) -> list[int]:
    """Stage 4a: prose under a furniture hint inside the article (kept by :func:`_keep`: sites name article
    wrappers oddly) goes when the boxes of its kind hold less than :data:`HINTED_BOX_SHARE` of the article's
    prose: related posts with their excerpts, an author bio, a newsletter pitch. Boxes of one kind that hold
    much of it are the article's own parts (a listicle's item footers, a post footer with the answers); a media
    player's short lines are its own at any share (see :data:`_MEDIA_BOX_TOKENS`). Code
    listings are never a box's text, whatever their wrapper is named (a highlighter's "code-toolbar")."""
    boxes: dict[str, list[int]] = {}
    for i in body:
        box = None if page.blocks[i].tag in _CODE_TAGS else _hinted_box(page.blocks[i], top)
        if box is not None:
            boxes.setdefault(box, []).append(i)
    if not boxes:
        return body
    total = sum(stats[i].chars for i in body if stats[i].prose)
    drop = {
        i
        for members in boxes.values()
        if sum(stats[i].chars for i in members if stats[i].prose) < HINTED_BOX_SHARE * total
        for i in members
    }
    drop.update(
        i
        for kind, members in boxes.items()
        if _MEDIA_BOX_TOKENS.intersection(_tokens(kind))
        for i in members
        if stats[i].chars < MEDIA_STATUS_MAX_CHARS
    )
    return [i for i in body if i not in drop]


def _drop_widget_runs(page: Page, body: list[int], stats: list[_Stats], posts: tuple[str, ...] | None) -> list[int]:
    """Stage 4b: drop runs of :data:`WIDGET_RUN` or more tiny non-prose blocks (player controls, counters,
    button rows) that sit inside the article container; table cells are data, never widgets, and neither are
    the posts of a thread (a run of replies like "同问", "顶")."""
    out: list[int] = []
    run: list[int] = []
    for i in [*body, -1]:
        tiny = i >= 0 and not stats[i].prose and stats[i].chars < WIDGET_MAX_CHARS
        if tiny and page.blocks[i].tag not in _TABLE_CELLS and not (posts and _matches(page.blocks[i], posts)):
            run.append(i)
            continue
        if len(run) < WIDGET_RUN:
            out += run
        run = []
        if i >= 0:
            out.append(i)
    return out


def _drop_empty_headings(page: Page, body: list[int]) -> list[int]:
    """Stage 4c: a heading that heads no kept text is the title of a box the earlier stages dropped ("Related
    articles" over a link list, "Share this:" over buttons, "Comments" over a form): it goes too. A heading's
    text is what follows it up to the next heading of its level or above; deeper headings in between are its
    subsections, and a heading right before a kept one is of its group (a headline split over two elements, a
    kicker, a subtitle). Only short headings are titles of boxes: longer ones are text set as headings (a
    standfirst, a pull quote, an interview's questions). A body of headings only keeps them (a forum title is
    an answer). A label line (:func:`_is_label`) goes when the block after it went."""
    tags = [page.blocks[i].tag for i in body]
    if all(tag in HEADINGS for tag in tags):
        return body
    heads_text = [True] * len(body)
    following = len(tags)  # position of the nearest kept non-heading block after the current one
    next_at_level = {level: len(tags) for level in range(1, 7)}  # nearest heading of each level after it
    for pos in range(len(tags) - 1, -1, -1):
        tag = tags[pos]
        if tag not in HEADINGS:
            following = pos
            continue
        level = int(tag[1])
        end = min(next_at_level[x] for x in range(1, level + 1))
        grouped = pos + 1 < len(body) and body[pos + 1] == body[pos] + 1 and tags[pos + 1] in HEADINGS
        heads_text[pos] = (
            following < end
            or (grouped and heads_text[pos + 1])
            or _chars(page.blocks[body[pos]].text) > BOX_TITLE_MAX_CHARS
        )
        next_at_level[level] = pos
    chosen = set(body)
    return [
        i
        for i, keep in zip(body, heads_text, strict=True)
        if keep and (i + 1 in chosen or not _is_label(page.blocks[i].text))
    ]


def _is_label(text: str) -> bool:
    """A short line ending in a colon ("Weiterlesen:", "Kontakt:", "相关阅读："): it introduces the block after
    it, so it goes when that block went."""
    return text.endswith((":", "：")) and _chars(text) <= BOX_TITLE_MAX_CHARS


def _recover_lead(page: Page, stats: list[_Stats], body: list[int]) -> list[int]:
    """Stage 4d: the lead paragraphs sites set apart above the body (a teaser, intro or excerpt element in
    the header of the article) join it: walking up from the body past fewer than :data:`RECOVER_GAP` other
    blocks (a byline, a date, a short quoted line) at a time, each prose block of :data:`RECOVER_MIN_CHARS`
    under no worse hint than the body's first block, a ``<header>`` element not counting (the article's own
    holds its standfirst; trafilatura-eval non-zh 0.9098 -> 0.9139, magic-html and newspaper4k non-zh -0.0007,
    whose labels leave standfirsts out); the first one under a worse hint stops the walk. Not when the body
    holds the block the page's summary opens: that is the lead."""
    if not body:
        return body
    floor = _demotion(page.blocks[body[0]], None)
    found: list[int] = []
    skipped = 0
    for i in range(body[0] - 1, -1, -1):
        st = stats[i]
        if not st.prose or st.chars < RECOVER_MIN_CHARS:
            skipped += 1
            if skipped >= RECOVER_GAP:
                break
            continue
        if _path_demotion(_without_headers(page.blocks[i].path), 0) < floor:
            break
        found.append(i)
        skipped = 0
    return [*reversed(found), *body]


@lru_cache(maxsize=4096)
def _without_headers(path: str) -> str:
    """``path`` without its ``<header>`` elements: an article's header holds its standfirst, so for a lead
    above the body the tag alone is no furniture hint (class words still are)."""
    return ">".join(x for x in path.split(">") if label_tag(x) != "header")


def _values(page: Page, stats: list[_Stats], lead: int | None, *, hints: bool = True) -> list[float]:
    """Stage 1: every block's value, the ``lead`` block's raised by :data:`LEAD_BONUS`; ``hints=False``
    ignores class/id hints (for pages whose whole content sits in a container named like furniture)."""
    costs = [0.0 if not st.prose and _continues(page, i) else BLOCK_COST for i, st in enumerate(stats)]
    values = [
        _value(st, _demotion(b, None) if hints else 0, cost)
        for b, st, cost in zip(page.blocks, stats, costs, strict=True)
    ]
    if lead is not None:
        values[lead] += LEAD_BONUS
    for i in _in_article_body(page, stats):
        values[i] += stats[i].chars - stats[i].link_chars
    return values


def _continues(page: Page, i: int) -> bool:
    """Whether block ``i`` continues the text of the element before it (the next line after a ``<br>``)."""
    return i > 0 and page.blocks[i - 1].container == page.blocks[i].container


def _in_article_body(page: Page, stats: list[_Stats]) -> list[int]:
    """Prose blocks whose opening also occurs in the page's JSON-LD ``articleBody``: the publisher's own copy
    of the text marks the paragraphs that are the article (their value is doubled)."""
    body = _SPACE.sub("", html.unescape(page.meta.get("ld:articlebody", "")))
    if len(body) < LEAD_MATCH_CHARS:
        return []
    found = []
    for i, block in enumerate(page.blocks):
        opening = _SPACE.sub("", block.text)[:LEAD_MATCH_CHARS]
        if stats[i].prose and len(opening) == LEAD_MATCH_CHARS and opening in body:
            found.append(i)
    return found


@dataclass(slots=True)
class _Choice:
    """The chosen container; for a thread, also the kind of its posts and the post it was found from."""

    top: int
    posts: tuple[str, ...] | None = None
    post: int | None = None
    #: Replies found by name: prose outside the post and the replies is not the thread's either (a course
    #: advert, the reply form's rules).
    strict: bool = False
    #: A question's thread by its markup: text in containers named as replies (comments on the question and the
    #: answers) is the thread's too, like the answers' text.
    comments: bool = False
    #: The block the page's own summary opens, if any (it says where the article starts).
    lead: int | None = None


def _top(page: Page, stats: list[_Stats]) -> _Choice | None:
    """Stages 2 and 3: the best container, grown over containers of its kind (and that kind, for a thread).
    When no container scores above :data:`HINTLESS_BELOW` with hints (everything sits in a "modal", or in an
    element hidden until a script runs), the hints were wrong: score without them. Otherwise a best container in a
    furniture element yields to the best one outside furniture (:func:`_outside_furniture_tags`), and one outside the
    page's ``<article>``/``<main>`` to one inside (:func:`_article_element_rival`)."""
    lead = _lead_block(page, stats)
    values = _values(page, stats, lead)
    tree = _tree(page, values)
    if not tree.scores:
        return None
    best = max(tree.scores, key=tree.scores.__getitem__)
    if tree.scores[best] < HINTLESS_BELOW:
        bare_values = _values(page, stats, lead, hints=False)
        bare = _tree(page, bare_values)
        bare_best = max(bare.scores, key=bare.scores.__getitem__)
        if bare.scores[bare_best] > tree.scores[best]:
            values, tree, best = bare_values, bare, bare_best
    else:
        best = _outside_furniture_tags(page, tree, best)
        best = _article_element_rival(page, tree, best)
    if lead is not None:
        best = _lead_container(page, tree, best, lead)
    masses = [_post_mass(st) for st in stats]
    grown, posts = _grow(best, tree, page, masses)
    answered = _question_item(page, stats, grown, masses)
    if answered is not None:
        return _Choice(*answered, post=grown, strict=True, comments=True, lead=lead)
    if not _declares_article(page):
        replies = _replies(page, grown, masses)
        if replies is not None:
            return _Choice(*replies, post=grown, strict=True, lead=lead)
    if posts is not None and grown != best:
        grown = _opening_post(page, stats, grown)
    top = _join_siblings(grown, tree, page, values, stats)
    if posts is None:
        top = _join_sections(top, tree, page, values, stats)
    return _Choice(top, posts, best, lead=lead)


def _container_path(page: Page, cid: int) -> list[str]:
    """The path segments from the page's root down to container ``cid``."""
    block = _first_block(page, cid)
    return block.path.split(">")[: containers(block).index(cid) + 1]


def _outside_furniture_tags(page: Page, tree: _Tree, best: int) -> int:
    """Stage 2, when ``best`` sits in a furniture element (``<aside>``, ``<nav>``, ``<footer>``, ``<header>``): the
    best container under no furniture hint that scores :data:`HINTLESS_BELOW`, if any. A furniture tag says what
    its box is unambiguously (class words may be a layout's), yet a long activity stream in a sidebar keeps
    more than the posts of a short thread even at :data:`NEGATIVE_HINT_FACTOR`."""
    if not any(label_tag(label) in _NEGATIVE_TAGS for label in _container_path(page, best)):
        return best
    rivals = sorted((c for c, score in tree.scores.items() if score >= HINTLESS_BELOW), key=tree.scores.__getitem__)
    return next(
        (c for c in reversed(rivals) if _path_demotion(">".join(_container_path(page, c)), 0) == 0), best
    )


@lru_cache(maxsize=8192)
def _article_element_at(path: str) -> int:
    """Position of the outermost ``<article>`` or ``<main>`` segment of ``path``; -1 without one."""
    tags = [label_tag(label) for label in path.split(">")]
    return next((j for j, tag in enumerate(tags) if tag in _ARTICLE_TAGS), -1)


def _article_element_rival(page: Page, tree: _Tree, best: int) -> int:
    """Stage 2, when the page marks its text with ``<article>`` or ``<main>`` and ``best`` sits outside both: the
    best container inside them that scores :data:`ARTICLE_ELEMENT_SHARE` of ``best``, if any. A box outside the
    marked text that outscores it is a site's notice or a consent dialog with generated class names (no hint
    catches them). Not when ``best`` is named as replies: a thread of comments beside the story it answers is
    the thread stage's to judge."""
    labels = _container_path(page, best)
    if _article_element_at(">".join(labels)) >= 0 or any(_names_reply(label) for label in labels):
        return best
    rival, most = best, ARTICLE_ELEMENT_SHARE * tree.scores[best]
    for block in page.blocks:
        at = _article_element_at(block.path)
        if at >= 0:
            for cid in reversed(containers(block)[at:]):
                if tree.scores[cid] >= most and (rival == best or tree.scores[cid] > most):
                    rival, most = cid, tree.scores[cid]
    return rival


def _ancestors_of(tree: _Tree, cid: int) -> set[int]:
    """The containers above ``cid``, by the tree's parent links."""
    out: set[int] = set()
    parent = tree.parents.get(cid)
    while parent is not None and parent not in out:
        out.add(parent)
        parent = tree.parents.get(parent)
    return out


def _lead_container(page: Page, tree: _Tree, best: int, lead: int) -> int:
    """The best-scoring container of the ``lead`` block instead of ``best`` when ``best`` does not hold the
    lead and the lead's container is a real rival (a share :data:`LEAD_OVERRIDE_SHARE` of its score): a
    stream of full-text teasers outweighs a short article. A lead in a summary box (class/id words of
    :data:`_SUMMARY_TOKENS`) is a standfirst set apart from the body and changes nothing."""
    chain = containers(page.blocks[lead])
    if best in chain:
        return best
    shared = _ancestors_of(tree, best)
    own = [cid for cid in chain if cid not in shared]  # below the common ancestor: the lead's side only
    held = max(own, key=lambda cid: tree.scores.get(cid, float("-inf")))
    labels = page.blocks[lead].path.split(">")[chain.index(held) :]
    if any(t in _SUMMARY_TOKENS for label in labels for t in _tokens(label)):
        return best
    if tree.scores[held] >= LEAD_OVERRIDE_SHARE * tree.scores[best]:
        return held
    return _part_of_same_make(page, best, lead, chain.index(own[0]) - 1)


def _part_of_same_make(page: Page, best: int, lead: int, common_at: int) -> int:
    """The lowest container holding both ``best`` and the ``lead`` block when the lead sits in a container of the
    same make below it (the same kinds, :func:`element_kind`, level by level down to ``best``'s depth, or to the
    lead's own element when that is shallower, at least :data:`MAKE_MIN_LEVELS` levels): one article split into
    parts by a figure, an ad or a table of contents, whose first part the page's summary opens; or a paper's
    sections, whose abstract the summary opens while the reference list, a list one level deeper, scores most.
    Else ``best``. ``common_at`` is the position of the lowest shared container on the lead's chain."""
    first, block = _first_block(page, best), page.blocks[lead]
    chain, lead_chain = containers(first), containers(block)
    if common_at < 0 or lead_chain[common_at] not in chain:
        return best
    top_at = chain.index(lead_chain[common_at])
    depth = chain.index(best) - top_at
    labels, lead_labels = first.path.split(">"), block.path.split(">")
    above_lead = len(lead_labels) - 2 - common_at  # levels between the common ancestor and the lead's element
    if depth > above_lead:
        if above_lead < MAKE_MIN_LEVELS:
            return best
        depth = above_lead
    if not 0 < depth <= GROW_LEVELS:
        return best
    part = [element_kind(x) for x in labels[top_at + 1 : top_at + depth + 1]]
    lead_part = [element_kind(x) for x in lead_labels[common_at + 1 : common_at + depth + 1]]
    return lead_chain[common_at] if part == lead_part else best


def _tag_of(page: Page, cid: int) -> str:
    """The tag of container ``cid`` (read from the path of a block under it)."""
    block = next(b for b in page.blocks if cid in containers(b))
    return label_tag(block.path.split(">")[containers(block).index(cid)])


def _join_siblings(top: int, tree: _Tree, page: Page, values: list[float], stats: list[_Stats]) -> int:
    """Stage 3b: when ``top`` is a quotation, list or table, move up to its parent if the prose beside it
    there is worth a share :data:`SIBLING_SHARE` of ``top``: a long quotation wins the decayed score over the
    article around it, whose own paragraphs are its siblings (readability joins siblings the same way). A
    winning table body stands for its table."""
    parent = tree.parents.get(top)
    while parent is not None and _tag_of(page, top) in _TABLE_PARTS:
        top, parent = parent, tree.parents.get(parent)
    if parent is None or _tag_of(page, top) not in _QUOTING_TAGS:
        return top
    beside = sum(
        value
        for b, st, value in zip(page.blocks, stats, values, strict=True)
        if st.prose and value > 0 and parent in containers(b) and top not in containers(b)
    )
    return parent if beside >= SIBLING_SHARE * tree.sums[top] else top


def _join_sections(top: int, tree: _Tree, page: Page, values: list[float], stats: list[_Stats]) -> int:
    """Stage 3e: a text written as a run of ``<section>`` elements (a landing page, a long read in chapters)
    is one article: when ``top`` sits in a section (itself or within :data:`SECTION_LEVELS` levels above), and the
    prose in the other section children of that section's parent, under no furniture hint, is worth a share
    :data:`SIBLING_SHARE` of ``top``, the parent is the article."""
    first = _first_block(page, top)
    chain, labels = containers(first), first.path.split(">")
    k = chain.index(top)
    level = next((j for j in range(k, max(-1, k - SECTION_LEVELS - 1), -1) if _is_section(labels[j])), None)
    if not level:  # none, or the page's outermost element
        return top
    section, parent = chain[level], chain[level - 1]
    beside = 0.0
    for b, st, value in zip(page.blocks, stats, values, strict=True):
        ids = containers(b)
        if not st.prose or value <= 0 or parent not in ids or section in ids:
            continue
        at = ids.index(parent) + 1
        if at < len(ids) and _is_section(b.path.split(">")[at]) and _demotion(b, parent) == 0:
            beside += value
    return parent if beside >= SIBLING_SHARE * tree.sums[top] else top


def _is_section(label: str) -> bool:
    return element_kind(label).startswith("section.")


@lru_cache(maxsize=8192)
def _furniture_positions(path: str) -> tuple[int, ...]:
    """Positions of the path segments hinting furniture (:func:`_hint` -1; overlays are -2), html/body left out."""
    return tuple(
        j for j, label in enumerate(path.split(">")) if not label.startswith(("body", "html")) and _hint(label) == -1
    )


def _unmask_wrappers(page: Page, stats: list[_Stats]) -> None:
    """Stage 0: a wrapper's class and id (:data:`WRAPPER_SHARE`) leave the paths of its blocks; its tag stays.
    The page's blocks are changed in place, so field extraction reads the same paths."""
    total = sum(st.chars - st.link_chars for st in stats if st.prose)
    held: dict[int, int] = {}
    for block, st in zip(page.blocks, stats, strict=True):
        if st.prose and _path_demotion(block.path, 0) < 0:  # cached, and needed for the values anyway
            ids = containers(block)
            for j in _furniture_positions(block.path):
                held[ids[j]] = held.get(ids[j], 0) + st.chars - st.link_chars
    wrappers = {cid for cid, chars in held.items() if chars >= WRAPPER_SHARE * total}
    if not wrappers:
        return
    for block in page.blocks:
        ids = containers(block)
        if not wrappers.isdisjoint(ids):
            labels = block.path.split(">")
            block.path = ">".join(
                label_tag(label) if cid in wrappers else label
                for cid, label in zip(ids, labels, strict=True)
            )


def select_main(page: Page) -> Selection:
    """Pick the article blocks of an HTML page (the stages in the comment above).

    >>> from newsmend.html import parse_html
    >>> html = ("<body><ul><li><a href='/'>首页</a></li><li><a href='/n'>新闻</a></li></ul>"
    ...         "<div class='article'><h1>标题</h1><p>第一段，内容很长很长的一个句子。</p>"
    ...         "<p>第二段，也是正文的一部分内容。</p></div><div class='footer'>版权所有</div></body>")
    >>> page = parse_html(html)
    >>> [page.blocks[i].text for i in select_main(page).body]
    ['标题', '第一段，内容很长很长的一个句子。', '第二段，也是正文的一部分内容。']
    """
    stats = [_stats(b) for b in page.blocks]
    _unmask_wrappers(page, stats)
    chosen = _top(page, stats)
    if chosen is None:
        return Selection(body=[], flags={"no-article"})
    inside = [i for i, b in enumerate(page.blocks) if chosen.top in containers(b)]
    kept = [i for i in inside if _keep(page.blocks[i], stats[i], chosen)]
    kept = _drop_trailing_link_items(page, _drop_hinted_boxes(page, kept, stats, chosen.top), stats)
    body = _drop_empty_headings(page, _drop_widget_runs(page, kept, stats, chosen.posts))
    if chosen.lead is None or chosen.lead not in body:
        body = _recover_lead(page, stats, body)
    if not any(not stats[i].legal and stats[i].chars >= MIN_ARTICLE_CHARS for i in body):
        return Selection(body=[], flags={"no-article"})
    return Selection(body=body)
