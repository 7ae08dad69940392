"""What a block's element path says: which containers hold it, their tags and kinds, and their furniture hints.

Every stage of the selection reads the same path segments (``tag#id.class``, see :class:`newsmend.blocks.Block`):
scoring demotes blocks under containers named like furniture, growth compares the kinds of containers to find
the posts of a thread, pruning drops the boxes inside the article. The readings live here, once, so that the
stages agree on what a segment means; field extraction (``newsmend.fields``) reads them too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache
from itertools import pairwise

from newsmend.blocks import Block
from newsmend.html.parse import INVISIBLE_MARK, SIGNATURE_WORD

#: Digits in a classless element's id, left out of its kind (``div#post_12`` -> ``div#post_``, :func:`element_kind`).
_DIGITS_RE = re.compile(r"\d+")
#: The class Microsoft Word's HTML gives the parts of one document it splits at its section breaks (``Section1``,
#: ``Section2`` before Word 2010, ``WordSection1`` since), kept when the document is pasted into a site's editor: one
#: kind, numbers aside (:func:`element_kind`). A 2011 school notice pasted from Word, its report in ``div.Section1``
#: and the poems it appends in ``div.Section2``, had lost the poems as furniture beside the one part it took for a
#: post (eighty-sixth audit). Word's capitals only: a site's own ``section1`` is no Word section.
_WORD_SECTION = re.compile(r"(?:Word)?Section\d+")


def label_tag(label: str) -> str:
    """The element name of a path segment: ``div#post_12.post`` → ``div``, ``div~item:Answer`` → ``div``."""
    return label.partition("#")[0].partition(".")[0].partition("~")[0]


@lru_cache(maxsize=16384)
def element_kind(label: str) -> str:
    """A path segment as tag and first class: ``div#post_12.post.is-edited`` → ``div.post``.
    Modifier classes (edited, by-author, odd/even) vary between the posts of one thread. An element with an id and
    no class is of the kind its id names, numbers aside (``div#post_12`` → ``div#post_``): a page's classless
    ``div#text``, ``div#story_source`` and ``div#journal_references`` are different parts, no thread's posts. The
    sections Word splits a document into are of one kind too (``div.Section2`` → ``div.Section``,
    :data:`_WORD_SECTION`); other numbered classes (``col-1``, ``col-2``) name different parts."""
    tag, classes = label_tag(label), label_classes(label)
    if classes:
        first = classes.partition(".")[0]
        return f"{tag}.{_DIGITS_RE.sub('', first) if _WORD_SECTION.fullmatch(first) else first}"
    stem = _DIGITS_RE.sub("", label[len(tag) :].partition("#")[2].partition("~")[0])
    return f"{tag}#{stem}" if stem else f"{tag}."


def label_classes(label: str) -> str:
    """A path segment's classes as it spells them, its tag, id and the parser's marks left out
    (``div#c12.comment.odd~item:Comment`` → ``comment.odd``; empty without a class): the one reading of a label's
    classes, whose first :func:`element_kind` takes and growth compares whole (a reply nested in one of the same
    classes). A mark (a microdata item, a hidden element) is no class: it followed a lone class into its kind
    (``div.answer~item:Answer``) where a second class left it out, as a classless id's kind always did."""
    return label[len(label_tag(label)) :].partition(".")[2].partition("~")[0]


def named_kind(kind: str) -> bool:
    """Whether an element kind (:func:`element_kind`) names its element, by a class word or, classless, by its id
    (``div.post``, ``div#post_``), unlike ``div.``, which every bare ``<div>`` shares."""
    return not kind.endswith(".")


def containers(block: Block) -> tuple[int, ...]:
    """The ids of the elements holding ``block``, outermost first (its own element last)."""
    return (*block.ancestors, block.container)


def element_label(block: Block, cid: int) -> str:
    """The path segment naming the element ``cid``, one of those holding ``block`` (:func:`containers`): its tag,
    class and id as the block's path spells them."""
    return block.path.split(">")[containers(block).index(cid)]


@lru_cache(maxsize=8192)
def story_element_at(path: str) -> int:
    """Position of the innermost ``<article>`` segment of ``path``; -1 without one. An ``<article>`` element holds
    one story (a feed or a thread marks each item with one); a ``<main>`` element holds the page's whole main
    column, a story's teaser stream or a forum's thread included."""
    tags = [label_tag(label) for label in path.split(">")]
    return max((j for j, tag in enumerate(tags) if tag == "article"), default=-1)


@lru_cache(maxsize=8192)
def kind_path(path: str) -> str:
    """A path as ``>kind>kind>...>`` (see :func:`element_kind`): a post kind is then a substring (C-speed search)."""
    return ">" + ">".join(element_kind(x) for x in path.split(">")) + ">"


#: The heading elements, of every level.
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: The table cell elements: a table's data, short lines that are text alone (also when they are links or dates).
TABLE_CELLS = frozenset(("td", "th"))
#: The elements of a code listing (a program, a command's output): its lines are no prose however they read.
CODE_TAGS = frozenset(("pre",))
#: A table's row groups: they hold its rows, and stand for the whole table when one wins or holds a picture's row and
#: its caption's.
TABLE_PARTS = frozenset(("tbody", "thead", "tfoot"))
#: Words in class/id names that mark page furniture. Only unambiguous words: layout words ("bottom", "more",
#: "side") and utility classes ("woo-panel-bottom", "disableAside") put whole articles under them. "player":
#: a video player's status lines ("正在为您切换到高清", "当前视频播放失败") are punctuated like prose. "donate",
#: "donation": an appeal for money closing the text (the Forward's ``div.donate-box``: "… depends on donations from
#: readers like you"), furniture like a newsletter sign-up. "popover": a tooltip's or popover's content, shown over
#: the page on a click or hover (Stack Exchange's "This answer is useful" vote hints, a magazine's invitation to
#: write in its header: unseen-zh4's sspai), an overlay like a popup; so is "tooltip" (a Tokyo daily's reaction
#: buttons under its story each hold a ``div.js-tooltip-content`` asking the reader to sign up: four closing lines
#: of its text, fundus jp_TokyoShimbun 0.922 -> 1.000; an arXiv abstract page's ``role="tooltip"`` note on its
#: DOI, which the labels keep, goes too: magic-html article-f6d09294 0.7826 -> 0.7824; no other dev body changes).
#: "subscription" (and, as a stem, the words it opens): a sign-up box like "subscribe", set between a Taiwanese
#: agency's paragraphs (``div.SubscriptionInner``: its title, the e-mail field's error message and its thanks stayed
#: three lines of the text, unseen-zh16). The 64 dev pages whose markup uses the word name sign-up forms, widgets,
#: banners, account menus and paywall offers with it (and a page's feature flags: ``f_subscription_module_amp_on``);
#: none of the 798 changes. "pagenav": page navigation written as one word (``page-nav`` already splits to ``nav``),
#: as a 2018 portal's car channel closes its text's element with a page list (``div.ep-pagenav``: ``分页导航：``,
#: ``第01页：<headline>``, unseen-zh21) and WordPress names its pager (``wp-pagenavi``); none of the 798 dev pages
#: changes. "commerce": a shopping box set in the text (a sports blog's ``div.js_commerce-inset-permalink`` between
#: two paragraphs: a product's name, its pitch, ``Buy at X`` and a promo code, unseen-en16); on the dev pages the
#: word names a disclaimer's box and a feature flag on a ``<body>`` (``f_commerce_inset_on``), and WooCommerce's
#: classes glue it into a word of their own (``woocommerce-js``); none of the 798 changes.
#: "pitch": a sales pitch set after the text (a 2014 investing site's ``div#pitch``: ``1 great stock to buy for 2015
#: and beyond`` and its ``simply click here`` offer had closed a stock roundtable's text, forty-first audit;
#: trafilatura and readability keep it too). No dev page's markup names an element with the word; none changes.
_NEGATIVE_TOKENS = frozenset(
    (
        "footer", "sidebar", "nav", "navbar", "navigation", "menu", "related", "relate", "recommend",
        "recommended", "recommendation", "share", "sharing", "social", "hot", "hotnews", "ad", "ads", "advert",
        "advertisement", "banner", "breadcrumb", "breadcrumbs", "crumb", "copyright", "login", "subscribe",
        "subscription", "newsletter", "popup", "modal", "toolbar", "pagination", "pager", "ranking", "promo",
        "sponsor", "cookie", "cookies", "disclaimer", "tuijian", "xgxw", "remen", "masthead", "topbar", "sns",
        "feedback", "rss", "qrcode", "ewm", "consent", "gdpr", "onetrust", "dialog", "player", "donate",
        "donation", "donations", "popover", "pagenav", "commerce", "tooltip", "pitch",
    )
)
#: Class and id words of an element presenting the article's author (a byline, Le Monde's ``section.author`` after
#: the text), in the languages of the dev pages: its lines are the author's name, post and tagline, not text.
BYLINE_WORDS = frozenset(("author", "authors", "auteur", "autor", "autore", "byline"))
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
_OVERLAY_TOKENS = frozenset(
    ("consent", "gdpr", "onetrust", "cookie", "cookies", "modal", "popup", "dialog", "popover", "tooltip")
)
#: The :func:`label_hint` of an overlay (a consent banner, a modal dialog, an element hidden until a script runs).
OVERLAY_HINT = -2
#: Elements that say "article" by themselves: never demoted by a class word.
ARTICLE_TAGS = frozenset(("article", "main"))
NEGATIVE_TAGS = frozenset(("nav", "footer", "aside", "header"))  # not form: forums and ASP.NET wrap pages in one
#: Class words of an element that quotes (``aside.quote``, ``div.blockquote``): an ``<aside>`` named so is a reply's
#: quotation of the post it answers (Discourse), no side box (:func:`label_hint`).
QUOTE_WORDS = frozenset(("quote", "blockquote", "quotation"))
_POSITIVE_TOKENS = frozenset(
    ("article", "content", "post", "text", "body", "detail", "main", "entry", "story", "news", "zw", "cont")
)
_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
#: :data:`_TOKEN` for a label without capitals (most: ``div.article-body``), whose words need no lowering; it
#: opens with one character class, which the search skips to at C speed.
_LOWER_TOKEN = re.compile(r"[a-z]+|\d+")


def label_tokens(label: str) -> list[str]:
    """Lowercase words of a ``tag#id.class`` label, splitting camelCase, dashes and underscores."""
    if label.islower():
        return _LOWER_TOKEN.findall(label)
    return [t.lower() for t in _TOKEN.findall(label)]


@lru_cache(maxsize=8192)
def class_tokens(label: str) -> tuple[str, ...]:
    """The :func:`label_tokens` of a label's id and classes, without its tag (``div.articleSource`` → ``article``,
    ``source``): class words say what an element holds, its tag how it shows (``label.author`` holds a byline).
    Cached: the fields stage asks for the same few thousand labels on every block of a page."""
    return tuple(label_tokens(label[len(label_tag(label)) :]))


#: What a class word says, one bit each (:func:`_word_marks`): the word sets above read in one pass over a label's
#: words instead of one pass per set. The last two say only that a word may open a box's two-word name (``most``,
#: ``latest``, ``recent``: :func:`_names_top_stories`; ``new``: :func:`_names_post_composer`): those tests pair a
#: label's words, and 99 labels in 100 hold no such word (444 of the 50,395 the dev pages show).
_OVERLAY_WORD, _NEGATIVE_WORD, _AUTHOR_WORD, _AUTHOR_BOX_WORD, _REPLY_FORM_WORD, _POSITIVE_WORD = (1, 2, 4, 8, 16, 32)
_BOX_OPENING_WORD, _NEW_WORD = (64, 128)


@lru_cache(maxsize=8192)
def _word_marks(word: str) -> int:
    """The word sets a lowercase class word belongs to, as bits. Cached: pages share most of their class words
    (``content``, ``row``, ``col``), while their labels are new on every site."""
    marks = _OVERLAY_WORD if word in _OVERLAY_TOKENS else 0
    if word in _NEGATIVE_TOKENS or word.startswith(_NEGATIVE_STEMS):
        marks |= _NEGATIVE_WORD
    if word == "author":
        marks |= _AUTHOR_WORD
    if word in _AUTHOR_BOX_TOKENS:
        marks |= _AUTHOR_BOX_WORD
    if word in _REPLY_FORM_TOKENS:
        marks |= _REPLY_FORM_WORD
    if word.startswith(_BOX_OPENINGS):
        marks |= _BOX_OPENING_WORD
    if word == "new":
        marks |= _NEW_WORD
    return marks | _POSITIVE_WORD if word in _POSITIVE_TOKENS else marks


#: Words that, after ``most``, name a box of the site's top stories ranked by readers (``div.most-read-container``,
#: ``RecircMostPopularWrapper``, ``mosi-mostread-second``, ``widget_iol_most_viewed_articles_widget``): furniture like a
#: ranking (``ranking``, ``hot``), set between a story's paragraphs as often as beside them (a Seattle daily's "Most
#: Read Business Stories", five linked headlines, readability-testpages seattletimes-1 0.969 -> 0.986, the only dev
#: page whose body changes). Neither word alone is furniture (``read-more``, ``popular-science``). ``active``: a
#: forum's box of its most active posts (``most-active-posts-preview-container``, beside its newest posts' box).
_RANKED_BY = frozenset(
    ("read", "popular", "viewed", "shared", "commented", "emailed", "visited", "watched", "active")
)

#: Words that, after ``latest`` or ``recent``, name a box of the site's newest posts (WordPress's
#: ``widget_recent_entries`` and ``recent-posts-2``, wpForo's ``recent_topics``, a news site's ``LatestNewsBox``, a
#: news forum's ``member-latest-posts-preview-container`` under a story and its replies): the site's stream of other
#: items, furniture like a box of top stories, never the page's own text.
_LISTED_ITEMS = frozenset(
    ("post", "posts", "entry", "entries", "article", "articles", "story", "stories", "news", "topic", "topics")
)
#: The words that open the name of a box of the newest items (:data:`_LISTED_ITEMS`).
_NEWEST = ("latest", "recent")
#: The words that open the name of a box of top or newest stories (:func:`_names_top_stories`), glued or apart.
_BOX_OPENINGS = ("most", *_NEWEST)

#: What separates a label's id and class names (``div#NewEntryGroup.container``).
_NAME_SEPARATORS = re.compile(r"[.#]")
#: Words that, after ``new``, name the box where a reader writes a post of their own (CodeProject's
#: ``div#NewEntryGroup>div#PostEntryContainer>div.container-post.new-message``): its guidance ("Read the question
#: carefully.", four punctuated rules) is a reply form's furniture, not the thread's text.
_WRITTEN_POSTS = frozenset(("message", "entry", "reply", "answer", "comment", "post", "topic"))


def _names_post_composer(label: str) -> bool:
    """Whether one id or class name of a label names a box for writing a new post: ``new`` then a word of
    :data:`_WRITTEN_POSTS` in the same name (``new-message``, ``NewEntryGroup``); two classes (``div.new.post``, a
    post flagged as unread) name no such box."""
    names = _NAME_SEPARATORS.split(label[len(label_tag(label)) :])
    return any(
        word == "new" and after in _WRITTEN_POSTS for name in names for word, after in pairwise(label_tokens(name))
    )


def _names_top_stories(words: tuple[str, ...]) -> bool:
    """Whether class words name a box of the most read (viewed, shared ...) stories: ``most`` and a word of
    :data:`_RANKED_BY`, apart (``most-read``, ``MostPopular``) or glued (``mostread``); or a box of the newest ones:
    ``latest`` or ``recent`` and a word of :data:`_LISTED_ITEMS`, apart (``recent-posts``, ``LatestNews``) or glued
    (``recententries``)."""
    return _names_box(words, "most", _RANKED_BY) or any(_names_box(words, new, _LISTED_ITEMS) for new in _NEWEST)


def _names_box(words: tuple[str, ...], first: str, then: frozenset[str]) -> bool:
    """Whether class words hold ``first`` followed by a word of ``then``, apart or glued into one word."""
    apart = any(word == first and after in then for word, after in pairwise(words))
    return apart or any(word.startswith(first) and word[len(first) :] in then for word in words)


@lru_cache(maxsize=4096)
def label_hint(label: str) -> int:
    """-2 for an overlay, -1 for a boilerplate container, +1 for an article-like one, 0 otherwise (by tag, id
    and classes: an overlay word first, then a furniture word, a box of top stories (:func:`_names_top_stories`), an
    author box or a reply form (a box for writing a new post too, :func:`_names_post_composer`), then an article
    word). An ``<aside>`` whose class says it quotes (:data:`QUOTE_WORDS`) is no furniture: a reply sets the words
    of the post it answers in one, which are its own text, its ``name:`` line too (the quoted posts the labels
    keep)."""
    if label.endswith(INVISIBLE_MARK):
        return OVERLAY_HINT
    tag = label_tag(label)
    if tag in NEGATIVE_TAGS:
        return 0 if tag == "aside" and QUOTE_WORDS.intersection(class_tokens(label)) else -1
    if tag in ARTICLE_TAGS:
        return 1
    marks = 0
    words = class_tokens(label)
    for word in words:
        marks |= _word_marks(word)
    if marks & _BOX_OPENING_WORD and _names_top_stories(words):
        marks |= _NEGATIVE_WORD
    if marks & _OVERLAY_WORD:
        return OVERLAY_HINT
    if marks & _NEW_WORD and _names_post_composer(label):
        marks |= _REPLY_FORM_WORD
    author_box = marks & _AUTHOR_WORD and marks & _AUTHOR_BOX_WORD
    if marks & (_NEGATIVE_WORD | _REPLY_FORM_WORD) or author_box:
        return -1
    return 1 if marks & _POSITIVE_WORD else 0


def is_furniture(label: str) -> bool:
    """A ``tag#id.class`` label naming page furniture or an overlay (``div.tuijian``, ``aside``)."""
    return label_hint(label) < 0


def block_demotion(block: Block, top: int | None) -> int:
    """The worst hint (0, -1 boilerplate, -2 overlay) of the containers strictly inside ``top`` (or anywhere,
    for ``None``)."""
    ancestors = block.ancestors  # = containers(block).index(top) + 1, without building the tuple (hot: per block)
    if top is None:
        start = 0
    elif top in ancestors:
        start = ancestors.index(top) + 1
    else:
        start = len(ancestors) + 1 if top == block.container else 0
    return path_demotion(block.path, start)


@lru_cache(maxsize=16384)
def path_demotion(path: str, start: int) -> int:
    """:func:`block_demotion` by path, from its segment ``start`` on. Cached: selection asks about each block's
    path from a few starts, several times a page."""
    return min((0, *path_hints(path)[start:]))


@lru_cache(maxsize=8192)
def path_hints(path: str) -> tuple[int, ...]:
    """The :func:`label_hint` of each segment of a path (blocks of one list share it), 0 for html/body: they carry
    page-wide classes ("has-sidebar") and never count. Cached by path, not by path and start: callers ask one
    path from several starts. A path's hints are its parent's and one more: the parent's path is nearly always
    cached already (a page's paths share their openings), so a new path costs one label's hint, not one per
    segment."""
    head, _, label = path.rpartition(">")
    hint = 0 if label.startswith(("body", "html")) else label_hint(label)
    return (*path_hints(head), hint) if head else (hint,)


#: Class/id words of the replies of a thread (the answers to a question, the comments on a topic); a count before one
#: of them is the thread's reply counter (``2 Answers``, ``15 Comments``: pruning's furniture wording).
REPLY_WORDS = frozenset(("comment", "comments", "reply", "replies", "answer", "answers", "response", "responses"))


@lru_cache(maxsize=8192)
def names_reply(label: str) -> bool:
    """Whether a path segment's class/id words name a reply (:data:`REPLY_WORDS`)."""
    return any(t in REPLY_WORDS for t in label_tokens(label))


#: A signature's class word shortened, glued after another word (Kunena's ``div.ksig`` beside ``div.kmsg``, the
#: post's text): :func:`names_signature`. Alone, the word is a newspaper's byline (a "sig line": ``div.pb-sig-line``
#: over a Washington Post story, ``span.icon-sig-video``).
_SIGNATURE_SHORT = "sig"


def names_signature(label: str) -> bool:
    """Whether a path segment's class words name the poster's signature: a word ending in
    :data:`~newsmend.html.parse.SIGNATURE_WORD` (``post-signature``, ``postSignature``, ``postsignature``; Invision's
    ``data-role="memberSignature"``, which the parser reads as that word), or in :data:`_SIGNATURE_SHORT` glued after
    another word (``ksig``)."""
    return any(
        word.endswith(SIGNATURE_WORD) or (word.endswith(_SIGNATURE_SHORT) and word != _SIGNATURE_SHORT)
        for word in class_tokens(label)
    )


def signed_post(block: Block, k: int, levels: int) -> int | None:
    """The parent of the element named as a poster's signature (:func:`names_signature`) among the ``k``-th segment of
    ``block``'s path and the ``levels - 1`` segments above it, if any: the post the signature stands under."""
    labels, ids = block.path.split(">"), containers(block)
    for j in range(k, max(0, k - levels), -1):  # each with a parent of its own
        if names_signature(labels[j]):
            return ids[j - 1]
    return None


def in_reply_beside(block: Block, held: Collection[int]) -> bool:
    """Whether ``block`` stands in an element named as a reply (:func:`names_reply`) that is none of the elements
    ``held`` (those holding a post): a reply beside that post, not the post's own part."""
    return in_named_element(block, held, names_reply)


def in_named_element(block: Block, held: Collection[int], names: Callable[[str], bool]) -> bool:
    """Whether ``block`` stands in an element, none of the elements ``held`` (those holding the text's first line or
    a post), whose path segment ``names`` accepts: a box beside that text, named for what it holds (a reply, a
    writer's box, the post's metadata), not the text's own part."""
    labels = block.path.split(">")
    return any(cid not in held and names(label) for cid, label in zip(containers(block), labels, strict=False))
