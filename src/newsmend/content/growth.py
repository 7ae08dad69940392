"""Stage 3 of the selection: how far the best container grows, and what kind of text it holds.

A winning code block first moves up to the text showing it (an ancestor holding a paragraph of prose, or enough prose
beside it), and a winning poster's signature to the post it signs (its parent, when the post's text stands beside it).
The best container then grows to the ancestor (a few levels up, the parts of a layout table not counting and
replies nested in replies of the same classes counting as one level) under which containers of its own kind hold the
most text, when that is a real share of it: the other posts of a thread, short replies included, or the other parts of a
split article (not the lines of teaser cards, each under a headline linking to another page, when the best container
stands under none). A thread, or a list of replies that wins alone, also takes the post before it that it answers (a
short one too when it stands in the element the page's microdata names as its text; for such a list, the story the
page's summary opens before it, wherever it stands) and, when they are named as such, replies of another make after it
(further off when they outweigh it; with a second shape of their posts, the comments and the replies nested in them,
when both name their text element as a reply's; and, when the page marks a schema.org Question item, its Answer items
and comments, however far or few; a comment on a Question item that holds no Answer item takes the question); on a page
that declares no article, replies are known by a lower share of the first post's text when their kind is named, and by
the kind of the text element alone when the first post is set apart in a card of its own. A quotation, list or table
moves up to its parent when prose sits beside it or a heading there titles it, a paragraph when a sibling paragraph is
prose, a ``<section>`` to its parent when its sibling sections hold prose, and an article's text, last, to the element
the page's microdata names as its body (``itemprop="articleBody"``) when it closes that element. The result, a
:class:`Choice`, tells pruning which container is the article and, for a thread, the kind of its posts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsmend.blocks import Block, Page, common_length
from newsmend.content.paths import (
    CODE_TAGS,
    HEADINGS,
    TABLE_CELLS,
    TABLE_PARTS,
    block_demotion,
    class_tokens,
    containers,
    element_kind,
    element_label,
    in_reply_beside,
    kind_path,
    label_classes,
    label_hint,
    label_tag,
    label_tokens,
    named_kind,
    names_reply,
    signed_post,
)
from newsmend.content.scores import Tree
from newsmend.content.values import MAX_LINK_DENSITY, Stats
from newsmend.html.parse import BODY_MARK, ITEM_MARK

#: Grow from the best container to an ancestor up to this many levels up (forum post bodies sit 3-6 levels
#: below the thread, 11 in Discuz's table layout, 13 in Quora's atomic-CSS answer list; magic-html zh forums:
#: 8 -> 12 levels 0.885 -> 0.887, 12 -> 13 forum-d6d39f43 0.26 -> 0.90, no other dev page changes; 14 also wins
#: forum-009ca1a4 0.16 -> 0.21 and forum-f297ca43 0.37 -> 0.43), table parts and the levels of replies nested in
#: replies not counting (:func:`_grow_reach`).
#: 15 reaches a whole timeline of look-alike atomic-CSS divs on two magic-html pages (0.89 -> 0.54, 0.69 -> 0.45;
#: a plain 20 did too: 0.89 -> 0.47, 0.69 -> 0.37)...
GROW_LEVELS = 13
#: ...when containers of the same kind under it hold at least this share of the best container's value in
#: text (a teaser stream is of another kind and never counts).
GROW_SIMILAR_SHARE = 0.2
#: ...or this share, above the best container's own siblings, on a page that declares no article (a forum or Q&A
#: page, :func:`declares_article`) when the posts' kind is named (:func:`named_kind`): a thread's replies are often a
#: line or two under a long first post (a Tailwind thread's one reply, under a fifth of its answer's text: magic-html
#: forum-ee410831 0.866 -> 0.981, the only dev page that changes). Bare layout cells (``tbody>tr>td``) are no
#: evidence of posts: an old news site's table layout grew over its breadcrumb and print buttons (gne-zh zsnews-1).
#: On every page 0.1 also took an article's related posts (trafilatura-eval t0810) and a photo caption (t0437); on
#: sibling level a shop page's columns (t0131); 0.05 takes an atomic-CSS page's timeline (forum-0995d7a4 0.889 ->
#: 0.847) and leaks two boilerplate snippets (t0049, t0395).
THREAD_SIMILAR_SHARE = 0.1
#: ...or, for the best container's own siblings of its kind, when they hold this much text, whatever the share:
#: an article split into sibling columns of one class around a full-width figure (Readability joins siblings of
#: the top candidate's class too). readability-testpages non-zh +0.0006 (600 and 1000 score alike); 200 takes a
#: box of another story on trafilatura-eval.
SPLIT_PART_MIN_CHARS = 600.0
#: Most links to other pages a heading holds when it is a story's headline (its title, or a kicker and its title):
#: a heading of more lists the post's tags or sections (:func:`_links_away`).
HEADLINE_MAX_LINKS = 2
#: Page metadata that only articles carry (forums and Q&A pages declare ``og:type`` website or nothing).
_ARTICLE_META = ("article:published_time", "ld:headline")
#: A post joins the replies after it when they sit at most this many levels above it (the question and the
#: answer list are siblings or cousins on the dev forums)...
REPLY_LEVELS = 3
#: ...or up to :data:`GROW_LEVELS` when their text is at least this share of the post's: an image board sets its
#: comment list beside the post's media column, seven levels above the post's one-paragraph description (magic-html
#: forum-b7baf39d 0.56 -> 0.97), where a story's readers' comments, further off than its sections, are a fraction of
#: it (a 2014 culture blog's five comments, unseen-en27). 0.5 took a Tencent story's comments too (their location
#: lines as its posts, magic-html article-23942aab) though it won a reddit thread (forum-46807681 0.36 -> 0.48); 2.0
#: loses the image board's; a plain reach of 7 with no share took both and Baidu Tieba's per-post tails
#: (``div.core_reply_tail``) as a long opener's replies (forum-6db2e2d6 0.96 -> 0.94).
FAR_REPLIES_SHARE = 1.0
#: A second body kind of the replies found (:func:`_replies`) joins the thread's posts when its text is at least this
#: share of the chosen kind's, its replies and the chosen kind's share their items, and its own text element is named
#: both as a reply and like content (:func:`_other_shapes`): learnku sets a comment's text in
#: ``div.text.comment-body.markdown-reply`` and the replies nested in it in ``div.reply-comments-content``, two shapes
#: of one thread's posts, the nested ones 2.4 times the top-level ones' text (magic-html forum-7b01ccf3). The meta
#: lines beside them (``1周前 评论``) hold 0.17 of it and are not named so; a Q&A site's action bar (``div.comment-main-
#: action``, named like content by its ``main``) 0.03 and 0.13.
SHAPE_SHARE = 0.2
#: ...and their bodies of one kind sit in at least this many reply containers (a lone "no comments yet" line
#: is no thread; 2 would win two Q&A pages of magic-html but takes the two reader comments of a news page).
MIN_REPLIES = 3
#: A class word on a lone post's path (``div.dwqa-question-content``, ``div.questionDetailPage``) that names it a
#: question: its answers, named as replies, are the thread's text however few and however far up their list sits
#: (:func:`_replies`; magic-html: three Q&A engines' questions had lost their one to three answers, 0.36-0.61 ->
#: 0.82-0.96 F1).
_QUESTION_WORD = "question"
#: Levels of a post's path that make its kind: sites wrap the first answer or the opening post in other
#: containers than the replies, but the post body's innermost levels are the same.
SIGNATURE_DEPTH = 3
#: On a page that declares no article, when the best container is a named text element
#: (:func:`_holds_its_text`) and grows over no posts of its kind, posts are known by that element's own kind alone
#: (one level, not :data:`SIGNATURE_DEPTH`): an opening post set in a card of its own above a list of replies
#: (KASKUS: ``div.htmlContentRenderer_html-content`` in both, wrapped alike in neither; Reddit's ``div.md``; a Q&A
#: site's ``div.rich-content-container``). 4 magic-html forum pages gain their replies, 0.54-0.86 -> 0.67-0.93.
#: Without the text-element condition a grid row (``div.row``, ``div.large-12``), a recipe's area and a page wrapper
#: (bare ``div``) grew over their page (trafilatura-eval t0571, t0677 leaked a snippet each, readability mozilla-1
#: 0.579 -> 0.532); looked for in the first growth, before the Question item and the named replies, it took Stack
#: Exchange's threads from their Question items (whose comments then went: forum-1f95e149 0.786 -> 0.489) and a
#: comment list's bodies (``div.ui``, forum-7b01ccf3 0.802 -> 0.540).
TEXT_KIND_DEPTH = 1
#: The post a thread answers joins it when it is prose of at least this many characters (a one-line question
#: is a post; magic-html forums: 20 and 12 score alike, 40 loses short questions), or stands in the element the page's
#: microdata names as the article's text (:func:`_opening_post`)...
OPENING_MIN_CHARS = 20
#: ...at most this many blocks before the thread (its author, tags, like and share buttons sit between;
#: 12 and 16 score alike, 6 loses a post followed by its toolbar) and within GROW_LEVELS of the thread.
OPENING_GAP = 12
#: Least share of a container's text its replies of one named kind hold when it is a list of replies itself
#: (:func:`_listed_posts`): its own title and counter lines are the rest (the two such lists of the dev pages: 0.99
#: and 1.0; 0.5 changes the same 2 of 798 dev pages).
LISTED_POSTS_SHARE = 0.8
#: Prose beside the chosen container under its parent, as a share of the container's value, that makes the
#: parent the article (readability joins siblings scoring 0.2 of the top candidate).
SIBLING_SHARE = 0.2
#: Levels above the chosen container searched for the ``<section>`` it belongs to (a section's text sits in a
#: wrapper div or two: ``section>div.container>div.copy>p``).
SECTION_LEVELS = 3
#: Levels above a winning code block searched for the text that shows it (:func:`_code_text`).
CODE_LEVELS = 3
#: Elements that quote, list or tabulate inside a text: never the article alone when prose sits beside them
#: (dev sets: 4 pages better -- a long quotation, forum posts in a table or list -- none worse).
_QUOTING_TAGS = frozenset(("blockquote", "ul", "ol", "dl", "table"))
#: Parts of a table that are no level of their own when a post's thread is looked for above it (:func:`_grow_reach`).
_TABLE_LEVELS = TABLE_PARTS | {"tr"} | TABLE_CELLS
#: Block elements that hold text rather than structure.
_LEAF_TAGS = frozenset(("p", "pre", "blockquote", "li", "td", "dd", "h1", "h2", "h3", "h4", "h5", "h6"))
#: Words that, inside an Answer item, name the answer's own parts (AnsPress's ``div.ap-answer-content`` holds its
#: text), not replies to it (the comments on an answer are named as comments).
_ANSWER_WORDS = frozenset(("answer", "answers"))
#: Path-segment marks (see :data:`~newsmend.html.parse.ITEM_MARK`) of a schema.org Question item and of its answers.
_QUESTION_MARK = ITEM_MARK + "Question"
_ANSWER_MARK = ITEM_MARK + "Answer"


#: Other kinds of a thread's posts (:attr:`Choice.shapes`).
Shapes = tuple[tuple[str, ...], ...]


@dataclass(slots=True)
class Choice:
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
    #: Other kinds of the same posts (:func:`_other_shapes`): the replies nested in a thread's comments, set apart.
    shapes: Shapes = ()


def _signature(first: Block, k: int, level: int, depth: int = SIGNATURE_DEPTH) -> tuple[str, ...]:
    """The kind of a post as one of a thread ``level`` levels up: the innermost :data:`SIGNATURE_DEPTH` kinds
    of the path from there down to the post (``first`` is a block under it, ``k`` the post's index on that
    block's path). When the post is a leaf (a ``<p>`` or ``<pre>``), its own kind is left out: a reply's text
    sits in a ``<p>``, the question's in a ``<pre>``."""
    labels = first.path.split(">")
    leaf = k == len(labels) - 1 and label_tag(labels[k]) in _LEAF_TAGS and level > 1
    return tuple(element_kind(x) for x in labels[k - level + 1 : k if leaf else k + 1])[-depth:]


def _holds_below(block: Block, cid: int, needle: str) -> bool:
    """Whether the kind path ``needle`` occurs in ``block``'s path below its ancestor ``cid``: a page wrapper of the
    post's kind (``body>div.content`` over an article ``div.content``) must not make every block of the page a
    post. The search runs on the whole cached kind path; an occurrence counts from the segment after ``cid``. A block
    nested deeper than the parser keeps (``MAX_PATH_DEPTH``) may have lost ``cid`` with its outer ancestors: all of
    its path is then below ``cid``."""
    kinds = kind_path(block.path)
    if cid == block.container:
        start = len(block.ancestors) + 1
    else:
        start = block.ancestors.index(cid) + 1 if cid in block.ancestors else 0
    pos = kinds.find(needle)
    while pos >= 0:
        if kinds.count(">", 0, pos) >= start:  # the occurrence opens at segment number (count of ">" before it)
            return True
        pos = kinds.find(needle, pos + 1)
    return False


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
        if 0 <= split < k and block_demotion(block, chain[split]) == 0:
            out.append((i, split))
    return out


def _post_mass(st: Stats) -> float:
    """What a block adds to a thread: its plain text when links do not dominate it, punctuated or not
    (replies are short and unpunctuated: "元旦快乐", "试过不行呢"); legal notices add nothing."""
    if st.legal or st.link_density > MAX_LINK_DENSITY:
        return 0.0
    return float(st.chars - st.link_chars)


def _grow(
    top: int, tree: Tree, page: Page, masses: list[float], values: list[float], depth: int = SIGNATURE_DEPTH
) -> tuple[int, tuple[str, ...] | None]:
    """Grow to the ancestor (within GROW_LEVELS) under which containers of the same kind as ``top`` hold the
    most text, if that is a real share of ``top``: a thread of posts, not an article beside a teaser stream.
    The most, not the first: a post quoting another post holds one of the same kind a level up, the thread
    holds them all further up. Siblings of its kind need only :data:`SPLIT_PART_MIN_CHARS`: parts of one text.
    Above the siblings, posts of a named kind (:func:`named_kind`) on a page that declares no article need only
    :data:`THREAD_SIMILAR_SHARE` (of ``top``'s text outside its code listings, :func:`_listed_code`): short replies.
    ``depth`` levels of kinds make a post's kind (the innermost :data:`TEXT_KIND_DEPTH` for posts known by their text
    element alone, which then need the full share). Lines of a teaser card (:func:`_in_teaser`) are no posts, unless
    ``top`` too stands under a linked heading (an author's name linking to the profile over every post, a post's title
    linking to the post).
    Returns the container and, when it grew, the posts' kind."""
    first = page.first_under(top)
    chain = containers(first)
    k = chain.index(top)
    outside = _outside(page, masses, chain, k)
    if declares_article(page) and not any(names_reply(label) for label in first.path.split(">")):
        # the page declares an article whose text stands in no element named as replies: text in one beside it
        # (:func:`~newsmend.content.paths.in_reply_beside`) is a comment under the story. A CMS wraps the story's
        # text and each comment's in the same field markup (Drupal's ``div.field>div.field-items>div.field-item``: a
        # humanist press service's opinion piece, trafilatura-eval t0868): alike in kind, they had grown the article
        # over its comments as a thread's posts. A forum that declares its topic an article names its opening post
        # as it names the replies (Flarum's ``article.CommentPost``, four magic-html forum pages): a thread, whose
        # replies stay.
        post = set(chain)
        outside = [(i, split) for i, split in outside if not in_reply_beside(page.blocks[i], post)]
    headlines = _headlines(page)
    headed = headlines[next(i for i, b in enumerate(page.blocks) if b is first)] is not None  # the posts' own make
    grown: tuple[int, tuple[str, ...] | None] = (top, None)
    least = GROW_SIMILAR_SHARE * tree.sums[top]
    loose = declares_article(page) or depth < SIGNATURE_DEPTH  # weaker evidence of posts: the full share
    replies = least if loose else THREAD_SIMILAR_SHARE * (tree.sums[top] - _listed_code(page, values, top))
    held = 0.0  # the text of the posts it grew over
    for level in range(1, _grow_reach(first.path, k) + 1):
        signature = _signature(first, k, level, depth)
        needle = ">" + ">".join(signature) + ">"
        mass = sum(
            masses[i]
            for i, split in outside
            if split >= k - level
            and _holds_below(page.blocks[i], chain[k - level], needle)
            and (headed or not _in_teaser(page, i, headlines[i], chain[k - level]))
        )
        share = replies if any(map(named_kind, signature)) else least
        bar = min(least, SPLIT_PART_MIN_CHARS) if level == 1 else max(held, share)
        if mass > bar:
            grown, held = (chain[k - level], signature), mass
    return grown


def _listed_code(page: Page, values: list[float], top: int) -> float:
    """The value of the code listings (:data:`~newsmend.content.paths.CODE_TAGS`) under container ``top``, which
    :func:`_grow` leaves out of the post its replies are measured against: a log or a program pasted into a post
    scores as prose, and its replies answer the poster's words. A Debian board's question pasted a build's output of
    1,013 (of its 1,140) under two lines asking what it means, and its one answer, 108, fell short of a tenth of the
    whole (forum-bf03d4e9 0.872 -> 0.953)."""
    return sum(
        value
        for block, value in zip(page.blocks, values, strict=True)
        if value > 0 and block.tag in CODE_TAGS and block.within(top)
    )


def _headlines(page: Page) -> list[int | None]:
    """For each block, the nearest heading before it when that heading links to another page (a teaser's
    ``h3>a`` headline), else None: what :func:`_in_teaser` tells a card's lines by."""
    out: list[int | None] = []
    last: int | None = None
    for i, block in enumerate(page.blocks):
        out.append(last)
        if block.tag in HEADINGS:
            last = i if _links_away(block) else None
    return out


def _links_away(block: Block) -> bool:
    """Whether a block's text is mostly links to other pages (a story's headline in a list), not to places in the
    page itself (a post's title anchored where the post stands, ``h3>a[href="#p12"]``), nor more links than a
    headline makes (:data:`HEADLINE_MAX_LINKS`): a heading listing the post's tags (``<h4>Topics: <a>Crack</a>,
    <a>damage</a>…</h4>``) is its own line, as its byline is, and over a story's text it had taken teaser cards
    further down for the posts of a thread (:func:`_in_teaser`)."""
    away = [link for link in block.links if link.text.strip() and not link.href.startswith("#")]
    linked = sum(len(link.text) for link in away)
    return len(away) <= HEADLINE_MAX_LINKS and linked > MAX_LINK_DENSITY * len(block.text)


def _in_teaser(page: Page, i: int, headline: int | None, thread: int) -> bool:
    """Whether block ``i`` is a line of a teaser card inside the would-be ``thread`` element: the nearest heading
    before it links to another page and stands with it in an element the thread holds, their card. Every Drupal field
    is ``div.field>div.field-items>div.field-item``, so a 2013 radio show's episode description is of the kind of its
    story cards' lead, ``by`` and date fields, each under the story's linked ``h3``: a story's teaser, not a post of a
    thread, whose posts' titles (if any) link to no other page."""
    if headline is None:
        return False
    ids = containers(page.blocks[i])
    shared = common_length(containers(page.blocks[headline]), ids)
    return thread in ids[: shared - 1]


@lru_cache(maxsize=4096)
def _grow_reach(path: str, k: int) -> int:
    """Levels above the ``k``-th segment of ``path`` that :func:`_grow` may climb: :data:`GROW_LEVELS`, the parts of
    a layout table (``tbody``, ``tr``, ``td``) not counting. Old forums wrap each post in nested tables, three parts
    per table, so their thread sits 18 levels above a post's text; a wrapper ``div`` is a level. Nor do the levels of
    replies nested in replies: from an element named as a reply (:func:`~newsmend.content.paths.names_reply`) up to
    one of the same classes (:func:`_classes`) holding it, the count goes back to where the lower one stood. Agreper
    nests each reply in the one it answers (``div.comment>div>div.comment>div>…``), twenty levels deep in a branch
    whose longest reply won: the thread sat past the reach, the branch alone was the text (magic-html forum-f297ca43
    0.383 -> 0.919; by kind alone, Quora's answer item and its text element, both ``div.q-box``, made another answer
    page grow over a promoted answer's furniture)."""
    labels = path.split(">")[:k]
    counted = 0
    nested: dict[str, int] = {}  # a reply element's classes -> the levels counted up to it
    for level, label in enumerate(reversed(labels), start=1):
        counted += label_tag(label) not in _TABLE_LEVELS
        if names_reply(label):
            counted = nested.setdefault(_classes(label), counted)
        if counted > GROW_LEVELS:
            return level - 1
    return k


def _classes(label: str) -> str:
    """A path segment's tag and all of its classes, its id left out (``div#c12.comment`` → ``div.comment``); its
    kind (:func:`~newsmend.content.paths.element_kind`) when it has no class. Quora's answer item and the answer's
    text element are both ``div.q-box`` by kind, different elements by their other classes."""
    classes = label_classes(label)
    return f"{label_tag(label)}.{classes}" if classes else element_kind(label)


def _body_kind(block: Block) -> tuple[str, ...]:
    """The innermost :data:`SIGNATURE_DEPTH` kinds of a block's path, its own leaf element left out: what the
    text bodies of one list of replies share (their author and date lines sit elsewhere)."""
    labels = block.path.split(">")
    if labels and label_tag(labels[-1]) in _LEAF_TAGS:
        labels = labels[:-1]
    return tuple(element_kind(x) for x in labels[-SIGNATURE_DEPTH:])


def declares_article(page: Page) -> bool:
    """Whether the page says it is an article (``og:type``, an ``article:published_time``, a JSON-LD
    headline): its comments are not its text, whereas a forum's or Q&A site's replies are."""
    meta = page.meta
    return meta.get("og:type", "").strip().lower() == "article" or any(key in meta for key in _ARTICLE_META)


def _replies(page: Page, top: int, masses: list[float], alone: bool) -> tuple[int, tuple[str, ...], Shapes] | None:
    """Stage 3c: a post followed by replies of another make (a question and its answers, a topic and its
    comments). Up to :data:`REPLY_LEVELS` levels above ``top`` (up to :data:`GROW_LEVELS` when the replies hold a
    share :data:`FAR_REPLIES_SHARE` of the post's text), the text in containers named as replies
    (:data:`~newsmend.content.paths.REPLY_WORDS`; not in a form, not under a boilerplate hint), grouped by body
    kind; of the groups spanning :data:`MIN_REPLIES` replies, the largest whose kind is named like content
    ("comment-detail", :func:`_names_content`), else the largest (author-and-date lines repeat in every reply too),
    makes the ancestor the thread and gives its posts' kind, cut at the reply's text element
    (:func:`_reply_text_kind`), and the other shapes of its posts (:func:`_other_shapes`).
    Never inside an ``<article>`` element: replies there are the comments of the story it holds.
    A post ``alone`` (no posts of its kind grew it into a thread) on a path naming a question
    (:data:`_QUESTION_WORD`) and no reply is a Q&A page's question: its answers count from one, up to
    :data:`GROW_LEVELS` levels above it (the answer list sits beside the question's wrapper, four levels above its
    text on Apache Answer), and an ``<article>`` element there is the question's own text element, passed. Not a
    thread already grown (Zhihu's answers, a question page's whole body classed ``question-page``: the reach would
    take user cards and vote counts) and not an answer (its question is elsewhere)."""
    first = page.first_under(top)
    chain = containers(first)
    k = chain.index(top)
    tags = [label_tag(label) for label in first.path.split(">")]
    outside = _outside(page, masses, chain, k)
    above = first.path.split(">")[: k + 1]
    asked = alone and any(_QUESTION_WORD in class_tokens(x) for x in above) and not any(map(names_reply, above))
    least = 1 if asked else MIN_REPLIES
    far_least = FAR_REPLIES_SHARE * sum(m for b, m in zip(page.blocks, masses, strict=True) if b.within(top))
    for level in range(1, min(GROW_LEVELS, k) + 1):
        start = k - level
        if "article" in tags[: start + 1]:
            if asked:
                continue  # a question's own text element, not a story holding its comments
            return None  # comments inside the story's own <article> element are the story's
        groups: dict[tuple[str, ...], tuple[float, set[int]]] = {}
        members: dict[tuple[str, ...], list[int]] = {}  # the blocks of each body kind
        for i, split in outside:
            if split < start:
                continue
            block = page.blocks[i]
            ids, labels = containers(block), block.path.split(">")
            if chain[start] not in ids:  # a path cut to MAX_PATH_DEPTH below the thread
                continue
            below = range(ids.index(chain[start]) + 1, len(ids))
            named = [ids[j] for j in below if names_reply(labels[j])]
            if named and not any(label_tag(labels[j]) == "form" for j in below):
                kind = _body_kind(block)
                total, units = groups.get(kind, (0.0, set()))
                units.add(named[-1])
                groups[kind] = (total + masses[i], units)
                members.setdefault(kind, []).append(i)
        kinds = [
            (_names_content(kind), total, kind)
            for kind, (total, units) in groups.items()
            if len(units) >= least and (level <= REPLY_LEVELS or asked or total >= far_least)
        ]
        if kinds:
            kind = max(kinds)[2]
            others = {other: members[other] for _, _, other in kinds if other != kind}
            shapes = _other_shapes(page, chain[start], members[kind], others, masses)
            return chain[start], _reply_text_kind(kind), shapes
    return None


def _other_shapes(
    page: Page, thread: int, chosen: list[int], others: dict[tuple[str, ...], list[int]], masses: list[float]
) -> Shapes:
    """The body kinds of ``others`` (kind -> its blocks) that are the thread's posts beside the chosen replies'
    (``chosen``, their blocks): a thread's top-level comments and the replies nested in them, set in elements of
    their own. Such a kind holds :data:`SHAPE_SHARE` of the chosen kind's text, its replies and the chosen ones share
    their items (:func:`_share_items`), and its text element is named both as a reply and like content
    (:func:`_text_named_as_reply`), as a reply's text is; a poster's line or an action bar in every reply is not.
    Each is cut at that element (:func:`_reply_text_kind`)."""
    least = SHAPE_SHARE * sum(masses[i] for i in chosen)
    return tuple(
        _reply_text_kind(kind)
        for kind, blocks in others.items()
        if sum(masses[i] for i in blocks) >= least
        and _share_items(page, chosen, blocks)
        and all(_text_named_as_reply(page.blocks[i], thread) for i in blocks)
    )


def _share_items(page: Page, one: list[int], other: list[int]) -> bool:
    """Whether the blocks ``one`` and ``other`` stand in the same items of a list: some child of the lowest element
    holding all of one group holds a block of each (a comment and a reply nested in it), either way round."""
    return _holds_one_of(page, one, other) or _holds_one_of(page, other, one)


def _holds_one_of(page: Page, group: list[int], other: list[int]) -> bool:
    """Whether a block of ``other`` stands in an item holding a block of ``group``: a child of the lowest element
    holding all of ``group``."""
    chains = [containers(page.blocks[i]) for i in group]
    shared = min(common_length(chains[0], chain) for chain in chains)
    if not shared:
        return False
    items = {chain[shared] for chain in chains if len(chain) > shared}
    return any(page.blocks[i].within(item) for i in other for item in items)


def _text_named_as_reply(block: Block, thread: int) -> bool:
    """Whether the innermost element named as a reply on ``block``'s path below ``thread`` is named like content too,
    by its whole label (``div.text.comment-body.markdown-reply``, whose kind ``div.text`` says neither)."""
    labels = block.path.split(">")
    ids = containers(block)
    return _reply_named_content(labels[ids.index(thread) + 1 : len(ids)] if thread in ids else labels)


def _names_content(kind: tuple[str, ...]) -> bool:
    """Whether a replies' body kind is named like content: its innermost element, or its innermost element named
    as a reply (``div.comment-detail`` over a markdown renderer's ``div``; not ``div.comment-user-info`` over a
    poster line, though ``div.comment-main-container`` names a main part further up)."""
    return label_hint(kind[-1]) > 0 or _reply_named_content(kind)


def _reply_named_content(labels: Sequence[str]) -> bool:
    """Whether the innermost of ``labels`` (path segments or kinds, outermost first) named as a reply
    (:func:`~newsmend.content.paths.names_reply`) is named like content too
    (:func:`~newsmend.content.paths.label_hint`): a reply's text element (``div.comment-detail``,
    ``div.text.comment-body.markdown-reply``)."""
    replies = [label for label in labels if names_reply(label)]
    return bool(replies) and label_hint(replies[-1]) > 0


def _reply_text_kind(kind: tuple[str, ...]) -> tuple[str, ...]:
    """A replies' body kind cut after its innermost element named both as a reply and like content
    (:func:`~newsmend.content.paths.label_hint`), unless its innermost element is named like content itself; whole
    without such an element: the reply's text element, whose lines are the reply's whatever renders them. A Q&A site
    sets an answer's text in a markdown renderer's ``div`` inside ``div.comment-detail``, and the nested replies' one
    line straight in their own ``div.comment-detail``: of the kind ending with the renderer, they were no posts and
    went as the thread's furniture. (An inner element named as a reply but not like content does not stop the cut:
    the kind is cut at the innermost one that is both.)"""
    if label_hint(kind[-1]) > 0:
        return kind
    at = max((j for j, x in enumerate(kind) if names_reply(x) and label_hint(x) > 0), default=len(kind) - 1)
    return kind[: at + 1]


def _question_item(
    page: Page, stats: list[Stats], top: int, masses: list[float], from_answer: bool
) -> tuple[int, tuple[str, ...]] | None:
    """Stage 3c, by the page's own markup: a post inside a schema.org Question item that holds Answer items is a
    question with its answers, however far apart they sit (Stack Exchange keeps its answer list four levels above
    the question's text, beyond :data:`REPLY_LEVELS`) and however few the answers (the markup names them, no count
    needs to tell them from a news page's two comments). The item is the thread; its posts are the answers' text
    elements: in each Answer, the element whose paragraphs (or own lines) hold the most prose, under no container
    named as replies (the comments on an answer, :func:`_names_comment`); of their kind paths below the Answer, the
    part all answers share (one answer's text is in a spoiler block inside the text element of another), as its
    innermost :data:`SIGNATURE_DEPTH` kinds. An answer's voting buttons and user card stay out like a thread's
    furniture; the comments stay (:attr:`Choice.comments`). From inside an answer (``from_answer``: a lone answer
    outweighed the question, magic-html forum-3c7a8956), that answer's own text counts among the answers'."""
    first = page.first_under(top)
    chain, labels = containers(first), first.path.split(">")
    k = chain.index(top)
    at = _question_at(labels, k)
    if at is None:
        return None
    held: dict[int, dict[tuple[str, ...], float]] = {}  # answer element -> prose mass by the kind of its text element
    own = [(i, k) for i, b in enumerate(page.blocks) if from_answer and masses[i] > 0 and b.within(top)]
    for i, split in _outside(page, masses, chain, k) + own:
        block = page.blocks[i]
        if split < at or not stats[i].prose:
            continue
        ids, path = containers(block), block.path.split(">")
        j = next((j for j in range(len(ids) - 1, -1, -1) if _ANSWER_MARK in path[j]), None)
        if j is None or chain[at] not in ids[:j] or any(map(_names_comment, path[j + 1 :])):
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


def _commented_question(page: Page, top: int) -> tuple[int, tuple[str, ...]] | None:
    """Stage 3c, by the page's own markup, for a question no one has answered: when ``top`` is a comment on a
    schema.org Question item (it stands in an element named as a reply inside the item) and the item holds no Answer
    item, the item is the thread, the question its opening text and the comments its posts, of ``top``'s body kind.
    A comment longer than the question's few lines wins the scoring alone (a CodeProject question of 150 characters
    under its one 150-character comment), and without answers no Question item thread (:func:`_question_item`) takes
    the question back."""
    first = page.first_under(top)
    chain, labels = containers(first), first.path.split(">")
    k = chain.index(top)
    at = _question_at(labels, k)
    if at is None or not any(map(names_reply, labels[at + 1 : k + 1])):
        return None
    if any(_ANSWER_MARK in b.path for b in page.blocks if b.within(chain[at])):
        return None
    return chain[at], _body_kind(first)


def _question_at(labels: list[str], k: int) -> int | None:
    """Where the innermost schema.org Question item among the first ``k + 1`` path segments ``labels`` stands (the
    element at ``k`` or one holding it); None without one."""
    return next((j for j in range(k, -1, -1) if _QUESTION_MARK in labels[j]), None)


def _in_answer(page: Page, cid: int) -> bool:
    """Whether container ``cid`` sits in (or is) a schema.org Answer item."""
    first = page.first_under(cid)
    k = containers(first).index(cid)
    return any(_ANSWER_MARK in label for label in first.path.split(">")[: k + 1])


def _names_comment(label: str) -> bool:
    """Whether a path segment inside an Answer item names a reply to it: a reply word other than
    :data:`_ANSWER_WORDS`, which name the answer's own parts there."""
    return any(names_reply(word) for word in label_tokens(label) if word not in _ANSWER_WORDS)


def _opening_post(page: Page, stats: list[Stats], thread: int) -> int:
    """Stage 3d: the post a thread answers, when it sits outside the thread's container just before it (a
    question above its answer list): the nearest prose block before the thread, past at most
    :data:`OPENING_GAP` short blocks (author, tags, buttons), not under a boilerplate hint, of
    :data:`OPENING_MIN_CHARS` unless it stands in the element the page's microdata names as the article's text
    (:data:`~newsmend.html.parse.BODY_MARK`): a topic of two short lines (``提前祝大家元旦快乐！！！！！``, 14
    characters) over its comments is the page's text by its own word (magic-html forum-9864ca4d 0.870 -> 0.889). The
    thread grows to the lowest container holding both, if that is within :data:`GROW_LEVELS` levels."""
    start = next(i for i, b in enumerate(page.blocks) if b.within(thread))
    for i in range(start - 1, max(-1, start - OPENING_GAP - 1), -1):
        block, st = page.blocks[i], stats[i]
        if not st.prose:
            continue
        if (st.chars < OPENING_MIN_CHARS and BODY_MARK not in block.path) or block_demotion(block, None) < 0:
            return thread
        chain = containers(page.blocks[start])
        k = chain.index(thread)
        shared = set(containers(block))
        for level in range(1, min(GROW_LEVELS, k) + 1):
            if chain[k - level] in shared:
                return chain[k - level]
        return thread
    return thread


def _answered_story(page: Page, stats: list[Stats], thread: int, lead: int | None) -> int:
    """Stage 3d, for a list of replies that won alone (:func:`_listed_posts`): the lowest container holding it and
    the ``lead`` block, which the page's own summary opens, when the lead stands before the list and that container
    is within :data:`GROW_LEVELS` levels of it; else the post just before it (:func:`_opening_post`). The summary
    names the story the replies answer wherever it stands: a blog post's footer bar (``div.blogue-footer``: how to
    comment, the category, how to report abuse) sat between the post and its 85 comments, and the walk back from
    the list stopped at that bar, the post left out."""
    start = next(i for i, b in enumerate(page.blocks) if b.within(thread))
    if lead is not None and lead < start:
        chain = containers(page.blocks[start])
        shared = common_length(chain, containers(page.blocks[lead]))
        if shared > 0 and chain.index(thread) - (shared - 1) <= GROW_LEVELS:
            return chain[shared - 1]
    return _opening_post(page, stats, thread)


def _listed_posts(page: Page, cid: int, masses: list[float]) -> tuple[str, ...] | None:
    """Stage 3c, when the best container ``cid`` is a list of replies itself (its children of one named kind,
    :func:`named_kind`, or the items of a list named as replies, :func:`_reply_list_item`, at least :data:`MIN_REPLIES`
    of them, named as replies or in a list named so, hold :data:`LISTED_POSTS_SHARE` of its text): their kind, else
    None. The readers' comments under a short story outweigh it (a news forum's excerpt under 54 replies,
    ``div#post-replies-container>div.post-reply-wrapper``): no post grew into that thread, so the story above it had
    not joined it; the replies stay the thread's posts and the story joins them as the post they answer
    (:func:`_answered_story`), the text the page's summary opens kept of it and nothing else outside the posts
    (:attr:`Choice.strict`)."""
    held: dict[str, tuple[float, set[int]]] = {}
    total = 0.0
    for block, mass in zip(page.blocks, masses, strict=True):
        ids = containers(block)
        if mass <= 0 or cid not in ids:
            continue
        total += mass
        at = ids.index(cid) + 1
        labels = block.path.split(">")
        if at >= len(ids) or not (names_reply(labels[at - 1]) or names_reply(labels[at])):
            continue
        kind = element_kind(labels[at])
        if not (named_kind(kind) or _reply_list_item(labels, at)):
            continue
        text, units = held.get(kind, (0.0, set()))
        units.add(ids[at])
        held[kind] = (text + mass, units)
    listed = [(text, kind) for kind, (text, units) in held.items() if len(units) >= MIN_REPLIES]
    if not listed:
        return None
    text, kind = max(listed)
    return (kind,) if text >= LISTED_POSTS_SHARE * total else None


def _reply_list_item(labels: list[str], at: int) -> bool:
    """Whether path segment ``at`` of ``labels`` is a list item (``<li>``) of a list named as replies: an item of
    ``ul.comments-list`` is a reply by its element, named or not, as a bare ``<div>`` is not (a blog's 85 readers'
    comments, classless ``<li>`` items, were no list of replies and their list won alone over the post)."""
    return label_tag(labels[at]) == "li" and names_reply(labels[at - 1])


def _bare_lists(kind: tuple[str, ...]) -> bool:
    """Whether a posts' kind is a bare list or quotation alone (``ul.``, ``ol.``, ``blockquote.``): the lists a
    text sets between its paragraphs, split parts of one text, never a thread's posts, which sit in boxes (a
    forum's posts in a list are its items, ``li``). A 2018 blog platform's tutorial set its text as a dozen bare
    ``<ul>`` between its paragraphs (seventieth audit): grown over them as a thread's posts, the paragraphs between
    them (``接口样例：``, a bold subheading) went as the thread's furniture."""
    return all(label_tag(k) in _QUOTING_TAGS and not named_kind(k) for k in kind)


def _holds_its_text(page: Page, cid: int) -> bool:
    """Whether container ``cid`` is a named text element: its kind is named (:func:`named_kind`), and every block under
    it is its own line or one of its children (a paragraph), no box of its own. Such an element holds a post's text
    whatever wraps the post; a grid row or a page wrapper, named too, holds boxes."""
    if not named_kind(element_kind(_label_of(page, cid))):
        return False
    return all(cid in containers(b)[-2:] for b in page.blocks if b.within(cid))


def _label_of(page: Page, cid: int) -> str:
    """The path segment of container ``cid`` (read from the path of the first block under it)."""
    return element_label(page.first_under(cid), cid)


def _tag_of(page: Page, cid: int) -> str:
    """The tag of container ``cid``."""
    return label_tag(_label_of(page, cid))


def _join_siblings(top: int, tree: Tree, page: Page, values: list[float], stats: list[Stats]) -> int:
    """Stage 3b: when ``top`` is a quotation, list or table, move up to its parent if the prose beside it
    there is worth a share :data:`SIBLING_SHARE` of ``top``: a long quotation wins the decayed score over the
    article around it, whose own paragraphs are its siblings (readability joins siblings the same way); or if a
    heading right before it in the parent titles it (:func:`_headed`). A winning table body stands for its table. A
    winning paragraph (``<p>``) is one paragraph of a text: it moves up when a sibling paragraph holds prose, whatever
    its share (:func:`_paragraph_beside`; a forum post's one ``<p>`` of seven ``<br>``-set points won alone, its
    closing ``附言：`` line, a ``<p>`` of its own, left out: magic-html forum-ad412ab2). Readability appends a top
    candidate's sibling paragraphs the same way, by their own text and not by their share."""
    parent = tree.parents.get(top)
    while parent is not None and _tag_of(page, top) in TABLE_PARTS:  # a <tbody> holds all of its rows
        top, parent = parent, tree.parents.get(parent)
    if parent is None:
        return top
    if _tag_of(page, top) == "p":
        return parent if _paragraph_beside(page, stats, top, parent) else top
    if _tag_of(page, top) not in _QUOTING_TAGS:
        return top
    joined = _prose_beside(top, parent, tree, page, values, stats) or _headed(page, top, parent)
    return parent if joined else top


def _headed(page: Page, top: int, parent: int) -> bool:
    """The block right before ``top``'s first one is a heading in ``parent``: a text that quotes a report at length
    sets it under a heading of its own (``h3`` then ``blockquote``: a Paris activist site's relay of a report,
    thirty-third audit), and the heading is the text's, though no prose stands beside the quotation."""
    first = next((i for i, b in enumerate(page.blocks) if b.within(top)), None)
    if not first:
        return False
    before = page.blocks[first - 1]
    return before.tag in HEADINGS and before.within(parent) and not before.within(top)


def _prose_beside(top: int, parent: int, tree: Tree, page: Page, values: list[float], stats: list[Stats]) -> bool:
    """Whether the prose in ``parent`` outside ``top`` is worth a share :data:`SIBLING_SHARE` of ``top``."""
    beside = sum(
        value
        for b, st, value in zip(page.blocks, stats, values, strict=True)
        if st.prose and value > 0 and b.within(parent) and not b.within(top)
    )
    return beside >= SIBLING_SHARE * tree.sums[top]


def _paragraph_beside(page: Page, stats: list[Stats], top: int, parent: int) -> bool:
    """Whether another ``<p>`` of ``parent``'s own children than ``top`` holds prose: a sibling paragraph of the
    paragraph ``top`` (:func:`_join_siblings`), or a paragraph of the text around the code block ``top`` an ancestor
    up (:func:`_code_text`). Prose deeper in the parent is a box's (a store's book box after a post written as one
    ``<p>``)."""
    return any(
        st.prose and b.tag == "p" and b.parent == parent and b.container != top
        for b, st in zip(page.blocks, stats, strict=True)
    )


def _code_text(top: int, tree: Tree, page: Page, values: list[float], stats: list[Stats]) -> int:
    """A code block (``<pre>``) that wins is part of the text that shows it: the nearest of its
    :data:`CODE_LEVELS` ancestors (a ``div.codebox`` wrapper and its caption line between) where prose beside it is
    worth a share :data:`SIBLING_SHARE` of it, or that holds a paragraph of prose as its own child whatever its share
    (:func:`_paragraph_beside`), is the text, and grows from there (into a thread's other posts). A blog post
    showing a long program says what it does in a few short paragraphs around it (a 2023 cnblogs post's MATLAB
    simulation in ``div.cnblogs_Highlighter``, its paragraphs a twentieth of its text: seventy-fifth audit)."""
    if _tag_of(page, top) not in CODE_TAGS:
        return top
    parent = tree.parents.get(top)
    for _ in range(CODE_LEVELS):
        if parent is None:
            return top
        if _paragraph_beside(page, stats, top, parent) or _prose_beside(top, parent, tree, page, values, stats):
            return parent
        parent = tree.parents.get(parent)
    return top


def _join_sections(top: int, tree: Tree, page: Page, values: list[float], stats: list[Stats]) -> int:
    """Stage 3e: a text written as a run of ``<section>`` elements (a landing page, a long read in chapters)
    is one article: when ``top`` sits in a section (itself or within :data:`SECTION_LEVELS` levels above), and the
    prose in the other section children of that section's parent, under no furniture hint, is worth a share
    :data:`SIBLING_SHARE` of ``top``, the parent is the article."""
    first = page.first_under(top)
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
        if at < len(ids) and _is_section(b.path.split(">")[at]) and block_demotion(b, parent) == 0:
            beside += value
    return parent if beside >= SIBLING_SHARE * tree.sums[top] else top


def _is_section(label: str) -> bool:
    """Whether a path segment is a ``<section>`` element, whatever names it (``section#intro`` too)."""
    return label_tag(label) == "section"


#: Levels from the best container up to the element named as a signature it stands in (:func:`_signing_post`): the
#: element itself, its parent and theirs (Invision sets a signature's lines in a ``<p>`` inside ``div.ipsType_richText``
#: inside the element its ``data-role`` names).
WINNER_SIGNATURE_LEVELS = 3


def _signing_post(page: Page, masses: list[float], top: int) -> int:
    """Before stage 3's growth: a poster's signature that wins stands for the post it signs. When ``top`` is an element
    named as a signature or stands in one (:func:`~newsmend.content.paths.signed_post`), the signature's parent, when a
    line of text there stands outside the signature (the post's own text, beside it). A helper's signature of six lines
    (who he is, his other sites, his tip jar: 331 characters) won a Squarespace board's scoring over the question's
    one paragraph (293) and its one-line answer, and grew over no posts; from the post it signs, the thread is its
    other posts (magic-html forum-79ca5580 0.758 -> 0.959)."""
    first = page.first_under(top)
    chain = containers(first)
    post = signed_post(first, chain.index(top), WINNER_SIGNATURE_LEVELS)
    if post is None:
        return top
    signature = chain[chain.index(post) + 1]  # the element named as a signature, right under the post
    beside = any(
        mass > 0 and block.within(post) and not block.within(signature)
        for block, mass in zip(page.blocks, masses, strict=True)
    )
    return post if beside else top


def grow(page: Page, stats: list[Stats], best: int, tree: Tree, values: list[float], lead: int | None) -> Choice:
    """Stage 3: the ``best`` container (scored in ``tree`` from the block ``values``; a code block first moved up to the
    text showing it, :func:`_code_text`, a signature to the post it signs, :func:`_signing_post`), grown over containers
    of its kind (and that kind, for a thread, unless it is a bare list's: :func:`_bare_lists`): a Question item's
    answers (:func:`_question_item`), or the question a comment on an unanswered one stands under
    (:func:`_commented_question`), replies named as such on a page that does not declare an article (:func:`_replies`),
    else the posts of a named text element's own kind (:data:`TEXT_KIND_DEPTH`), the post a thread answers
    (:func:`_opening_post`), and, when the best container is a list of replies itself (:func:`_listed_posts`), the story
    it answers (:func:`_answered_story`), the prose beside a quotation, list or table (:func:`_join_siblings`), sibling
    sections (:func:`_join_sections`) and, for an article, the element its microdata names as its body
    (:func:`_marked_body`)."""
    masses = [_post_mass(st) for st in stats]
    best = _signing_post(page, masses, _code_text(best, tree, page, values, stats))
    grown, posts = _grow(best, tree, page, masses, values)
    posts = None if posts is not None and _bare_lists(posts) else posts
    from_answer = _in_answer(page, grown)
    answered = _question_item(page, stats, grown, masses, from_answer)
    if answered is not None:  # from an answer, the question's prose (of another kind than the answers') stays
        return Choice(*answered, post=grown, strict=not from_answer, comments=True, lead=lead)
    commented = _commented_question(page, grown) if posts is None else None
    if commented is not None:  # the question's prose stays, its poster lines and the comments' go
        return Choice(*commented, post=grown, lead=lead)
    if not declares_article(page):
        replies = _replies(page, grown, masses, posts is None)
        if replies is not None:
            thread, kind, shapes = replies
            return Choice(thread, kind, post=grown, strict=True, lead=lead, shapes=shapes)
        if posts is None and _holds_its_text(page, best):
            grown, posts = _grow(best, tree, page, masses, values, TEXT_KIND_DEPTH)
    listed = _listed_posts(page, best, masses) if posts is None and grown == best else None
    if listed is not None:  # of the text above, only the element the page's summary opens is the story's
        return Choice(_answered_story(page, stats, best, lead), listed, best, strict=True, lead=lead)
    if posts is not None and grown != best:
        grown = _opening_post(page, stats, grown)
    top = _join_siblings(grown, tree, page, values, stats)
    if posts is None:
        top = _marked_body(page, _join_sections(top, tree, page, values, stats))
    return Choice(top, posts, best, lead=lead)


def _marked_body(page: Page, top: int) -> int:
    """The element the page's microdata names as the article's text (:data:`~newsmend.html.parse.BODY_MARK`) when
    ``top`` stands inside it and closes it (no line follows ``top`` there): a text element whose lead paragraphs
    stand in wrappers of their own before it (a 2014 British daily's ``div.firstPar`` … ``div.fifthPar`` around an
    inline box of related links, then ``div.body``, all in ``div#mainBodyArea[itemprop=articleBody]``) is the end
    of that text, not all of it. Lines after it in the marked element are what sites set there after the text (a
    writer's box, readers' comments, a journal's citation, a wire's credit), and then the text's element is the
    text: on the dev pages that mark one, growing to it whatever follows took these in (trafilatura-eval t0289,
    t0408, newspaper4k fox13now_001)."""
    block = page.first_under(top)
    labels = block.path.split(">")
    chain = containers(block)
    marked = next((chain[k] for k in range(chain.index(top) - 1, -1, -1) if BODY_MARK in labels[k]), None)
    if marked is None:
        return top
    return marked if page.last_under(marked).within(top) else top
