"""HTML text → a :class:`~newsmend.blocks.Page` of blocks, with selectolax (lexbor).

Blocks are the runs of inline content between block-level boundaries, in document order: ``<p>a<br>b</p>``
gives two blocks, ``<div>lead<p>para</p>tail</div>`` three. Invisible and non-text elements are dropped before
the walk, but for a hidden body (its scripts show it); elements a script may show (``visibility: hidden``, a
hiding class, a slideshow's inactive slides) are kept and marked on their path. The walk is iterative (no
recursion), so 100 000 nested ``<div>`` cost time, not the stack; paths keep only the innermost
:data:`MAX_PATH_DEPTH` ancestors so that deep pages stay linear. A block whose text is the ``alt`` text of a picture
met since the previous block ended (an avatar's aside) is marked ``pictured``: a caption written out under its
picture; a block with a picture met since the previous block with text (an avatar's aside) is marked
``under_picture``: where a newspaper sets a picture's caption as a paragraph of its own, with the innermost element
holding that one picture and the block (``picture_box``: a magazine's box of a picture and its caption). A block keeps
the ``datetime`` of each ``<time>`` in it (``times``): the full stamp beside the short one its text shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsmend.blocks import Block, Link, Page, collapse_whitespace, common_length
from newsmend.caseless import Caseless
from newsmend.html.meta import page_meta

#: Elements whose content is never article text.
SKIP_TAGS = frozenset(
    (
        "script", "style", "noscript", "template", "svg", "annotation", "annotation-xml", "iframe", "object",
        "embed", "head", "select", "option", "button", "input", "textarea", "canvas", "map", "audio", "video",
        "source", "track", "datalist", "dialog", "title"
    )
)
#: Nodes the walk never enters: :data:`SKIP_TAGS`, comments and the odd node lexbor leaves unnamed.
_SKIP_NODES = SKIP_TAGS | {"-comment", ""}
#: Elements that end the current block (CSS display:block or table parts, plus ``br``).
BLOCK_TAGS = frozenset(
    (
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "td", "th", "tr",
        "tbody", "thead", "tfoot", "table", "caption", "blockquote", "pre", "figure", "figcaption", "section",
        "article", "header", "footer", "nav", "aside", "main", "form", "fieldset", "legend", "address", "hr",
        "br", "center", "details", "summary", "body", "html"
    )
)
#: MathML elements: a formula is inline text of its sentence. Each element's text is set apart by a space (they
#: are separate glyph runs: ``a x 2 + b x``, not ``ax2+bx``); its TeX source (``annotation``) is skipped.
MATH_TAGS = frozenset(
    (
        "math", "semantics", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msup", "msub", "msubsup", "mfrac",
        "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mstyle", "mpadded", "mphantom",
        "menclose", "mfenced", "mmultiscripts", "mprescripts", "none",
    )
)
#: Inline formatting elements: not containers, so they do not enter ``path``/``ancestors``.
INLINE_TAGS = frozenset(
    (
        "a", "span", "b", "i", "em", "strong", "font", "u", "s", "small", "big", "sup", "sub", "abbr", "cite",
        "code", "kbd", "mark", "q", "time", "var", "label", "ins", "del", "strike", "tt", "img", "wbr", "bdi",
        "bdo", "data", "dfn", "ruby", "rt", "rp"
    )
) | MATH_TAGS
#: Inline elements whose edges are where one value of a meta line may end and the next begin (see
#: :attr:`~newsmend.blocks.Block.breaks`): not a formula's parts (set apart by a space already), a word-break hint
#: or a ruby's reading, which sit inside a word.
BREAK_TAGS = INLINE_TAGS - MATH_TAGS - frozenset(("wbr", "ruby", "rt", "rp"))
#: What a node does in the walk, one code per tag (:data:`_KINDS`), so that a node costs one dict lookup instead of a
#: membership test per tag set: a link, another inline element with edges (:data:`BREAK_TAGS`), a block element (ends
#: the current block, a path segment), another container (a path segment: ``figure``'s kin, custom elements), a
#: formula's part, an inline element without edges, a node never entered (:data:`SKIP_TAGS`, comments, the odd node
#: lexbor leaves unnamed), and the two the walk asks more of (:func:`_rare_kind`): a ruby's reading and a name no table
#: holds (a custom element, or no element). ``enter`` and ``leave`` order the kinds: the first two are inline
#: elements with edges, the next two path segments; and the walk: the kinds after :data:`_SKIP` are the rare two.
_LINK, _BREAK, _BLOCK, _CONTAINER, _MATH, _INLINE, _SKIP, _READING, _UNLISTED = range(9)
_KINDS = {
    **dict.fromkeys(INLINE_TAGS, _INLINE),
    **dict.fromkeys(MATH_TAGS, _MATH),
    **dict.fromkeys(BREAK_TAGS, _BREAK),
    **dict.fromkeys(BLOCK_TAGS, _BLOCK),
    **dict.fromkeys(_SKIP_NODES, _SKIP),
    "a": _LINK,
    "rt": _READING,
}
#: Longest block whose inline breaks are recorded: the longest field line (a copyright notice, 160 characters)
#: with room for the spaces a reader would see; longer blocks are paragraphs, whose breaks no reader needs.
BREAKS_MAX_CHARS = 200
#: Where an empty inline element (no text of its own: ``<span class="br"></span>``, ``<a id="p2"></a>``) sits
#: between a sentence's end and the capital of the next with no space on either side, it stands for the line break
#: the stylesheet draws there (a news site's ``span.br`` rendered as a block): its text would read ``in 2024.Union
#: minister`` -- a glued sentence no writer types. The block ends there as at ``<br>``. Latin script only: Han text
#: needs no space between sentences, so a glued edge there says nothing.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
_SENTENCE_START = re.compile(r"[\"'“‘(]?[A-Z]")
#: A class word naming a picture's text (``div.pictext``, ``p.pic_txt``, ``strong.article_img_desc``): the picture
#: word opens a class word (``div.textpic_text`` holds a text with pictures, ``li.topic-description`` a topic) and a
#: word for text follows it (``div.img_info`` holds an author's avatar and details).
PICTURE_TEXT = r"(?<![a-z])(?:photo|img|pic)[-_]?(?:desc|text|txt)"
#: Class or id of an inline element that may name a credit (``span.author``, ``a.byline__name``, ``span.a_source``):
#: the only inline elements field readers read (:attr:`~newsmend.blocks.Block.inline`), so the only ones kept
#: (most inline elements with a class are links of menus and lists). Also kept: an inline caption (``span.cutline``,
#: ``span.legend``, ``span.img_cptn``, ``span.caption`` with a picture's ``span.credit``) and a place set in a byline
#: (``span.localizacion``), which field readers must tell from a credit, and a picture's text as sites name it
#: (:data:`PICTURE_TEXT`: ``strong.article_img_desc`` under a lead picture, a caption the field readers list). A
#: ``<small>`` is kept whatever its class: fine print, which a picture's box sets its caption in.
CREDIT_CLASS = Caseless(
    r"author|byline|autor|writer|creator|reporter|source|credit|caption|cptn|cutline|legend|"
    r"locali[sz]a|location|place|city|"
    + PICTURE_TEXT
)
#: Ancestors kept per block (the innermost ones). Real pages nest < 40 deep; the cap keeps 100k-deep
#: pathological pages linear.
MAX_PATH_DEPTH = 48
#: What joins the labels of a block's path: a label keeps none, so that the path's segments stay its elements (an
#: attribute value holding markup, where a quote was left open, would otherwise add segments no element has).
PATH_SEPARATOR = ">"
#: Blocks kept per page. Dev pages have 170 on average and 1 759 at most; a page of 100 000 link blocks is a
#: dump, and stopping here keeps selection and field extraction (linear in blocks) bounded.
MAX_BLOCKS = 20_000
#: Class/id text kept per path segment (long generated class lists add nothing to the hints).
MAX_LABEL_CHARS = 80

#: Nesting beyond this depth is flattened before parsing: lexbor's tree builder is quadratic in depth (20 000
#: nested divs take over a second, 5 000 about 50 ms), while real pages nest below 100. The depth is checked only
#: on pages with more tags than this (4% of the bench pages: at 1 000, 70% of them paid the check's regex pass,
#: 3% of extraction time).
MAX_NESTING_DEPTH = 5000
#: Elements that never have content, so never nest.
VOID_TAGS = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
     "wbr")
)

#: Every tag that changes the nesting, as ``"/"`` if it closes and ``""`` if it opens (void elements never nest):
#: the input of the nesting check (``<div/>`` opens a div in HTML, so self-closing syntax is not special).
_NESTING_TAG = re.compile(
    r"<(?:(/)[a-zA-Z]|(?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\b)[a-zA-Z])",
    re.I,
)
_WHOLE_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")
#: Nesting change of a :data:`_NESTING_TAG` match.
_STEPS = {"/": -1, "": 1}
_HIDDEN_STYLE = Caseless(r"display\s*:\s*none")
_INVISIBLE_STYLE = Caseless(r"visibility\s*:\s*hidden")
#: Suffix of the path segment of a ``visibility: hidden`` element or of one hidden by its class. Such elements are
#: kept (WeChat and other script-revealed pages hide the whole article until a script runs) and content selection
#: discounts them.
INVISIBLE_MARK = "~invisible"
#: A class that hides its element until a script shows it: a framework's ``hidden``/``d-none``/``hide``/``is-hidden``
#: or a state modifier ``…_hidden``/``…--hidden`` (BEM, atomic CSS: ``article-content-body__item-page_hidden`` on
#: the pages of a script-paginated article, ``qu-visibility--hidden``); not ``overflow--hidden`` (a clipping box)
#: nor ``overflow-hidden``/``visually-hidden``/``snippet-hidden`` (visible or read aloud). On the dev pages it marks
#: an article's later pages and A/B-test variants of a donation box; no dev page loses labelled text by it ...
_HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:hidden|is-hidden|d-none|hide|[\w-]*[a-z](?<!overflow)(?<!overflow-[xy])(?:_|--)hidden)(?=\s|$)"
)
#: ... unless a responsive class shows the element on wider screens (``d-none d-md-block``, ``hidden md:flex``).
_SHOWN_CLASS = re.compile(r"(?:^|\s)(?:d-(?:sm|md|lg|xl)-(?!none)\w+|(?:sm|md|lg|xl):(?!hidden)\w+)(?=\s|$)")
#: Class words of the one slide, tab or page of a run that a script shows; its siblings of the same kind (tag and
#: first class) without the word are hidden by the stylesheet: a slideshow's other slides (``section.js_slide``
#: beside ``section.js_slide.active``), a tab strip's other panels (``div.tab-pane``), a carousel's other items.
ACTIVE_CLASSES = frozenset(("active", "is-active", "current", "is-current"))
_ACTIVE_SELECTOR = ", ".join(f".{word}" for word in sorted(ACTIVE_CLASSES))
#: Attribute set (on the parser's own tree) on those siblings, read like a hiding class (:data:`INVISIBLE_MARK`).
INACTIVE_ATTR = "data-newsmend-inactive"
#: schema.org item types of a question-and-answer page (``itemtype="https://schema.org/Answer"``): the page's own
#: statement of which element holds a question with its answers and which elements are the answers ...
QA_ITEM_TYPES = frozenset(("Question", "Answer"))
#: ... marked on the element's path segment after this prefix (``div.answer~item:Answer``), before INVISIBLE_MARK.
ITEM_MARK = "~item:"
#: Mark on the path segment of the element a page's schema.org microdata names as the article's text
#: (``itemprop="articleBody"``): the page's own statement of where its text stands, read by growth.
BODY_MARK = "~articlebody"
_SPACE = re.compile(r"\s+")
#: Link target that runs a script instead of leading somewhere.
SCRIPT_HREF = "javascript:"
#: Text (characters, edge whitespace of text nodes aside) beyond which a link around block elements is a wrapper,
#: not a link: no reader takes more as one link's words. On the 798 bench pages such links (5 787) span 22 characters
#: at the median, 252 at the 99th percentile (a card: headline, date, a teaser), 188 at most on gne-zh-unlabelled;
#: one promotion box of eight stories in one link spans 1 016; an article inside an unclosed ``<a>`` runs over it.
WRAPPER_MIN_CHARS = 1000
#: Distinct (class, id) pairs whose credit test (:func:`_credit_named`) is remembered, across pages.
CREDIT_CACHE_SIZE = 4096
#: A paywall may hide its text by shifting every character's code up by one (the Funke group's newspapers:
#: ``Ibncvsh`` for ``Hamburg``, the paragraph's own markup shifted into its text, ``=0tuspoh?`` for ``</strong>``)
#: for a script to shift back. Shifted text is told by its letters: ``e``, the commonest letter of the languages
#: written in Latin script, becomes ``f``, a rare one, so ``f`` outnumbers ``e``. Texts shorter than this
#: (characters) are not judged: a name or a heading may hold more ``f`` than ``e`` (``Pfaff``); the shortest shifted
#: paragraph of the Hamburger Abendblatt page (Postlight fixture) has 56, its text paragraphs 400 or more.
SHIFTED_MIN_CHARS = 200
#: Characters of a block judged for the shift when the page's blocks are screened: as many as the shortest judged
#: block has and some (letter shares are steady over that many), so long paragraphs cost no more than short ones.
SHIFTED_SAMPLE_CHARS = 240
#: On a page that shifts a paragraph, its other texts down to this length are judged too: the shifted page's
#: shorter lines (an embed's title, a teaser line, 54-66 characters there) are its hidden text as well.
SHIFTED_PEER_MIN_CHARS = 40
#: ``f`` per ``e`` beyond which a text is shifted: 2.3 (Spanish) to 3.4 (German) in shifted text, 0.1-0.2 in
#: plain English, German, French, Spanish and Italian; no block of the 798 bench pages reaches it.
SHIFTED_F_PER_E = 2.0
#: Share of ``f`` among a shifted text's characters: ``e``'s share in those languages, 10% (English) to 14%
#: (German), spaces counted, lowered for digits and markup; the 798 bench pages' blocks stay below it.
SHIFTED_MIN_F_SHARE = 0.06
#: Highest share of ``a`` in shifted text: ``a`` is a shifted backtick, so next to none, where plain text of those
#: languages has 6-12% (a German heading with more ``f`` than ``e``, ``Abfallbilanzen und Abfallwirtschaftsplanung``
#: of a bench page, has 19%).
SHIFTED_MAX_A_SHARE = 0.01
#: Characters the shift sends elsewhere than one code up (the Funke scheme: ``´`` for ``;``, ``µ`` for ``=``);
#: whitespace stays, and control characters and ``!`` (code 33, whose shift would be a space) carry nothing.
_UNSHIFT_SPECIAL = {177: "%", 178: "!", 180: ";", 181: "="}
#: Highest character code shifted back: Latin, Greek, Cyrillic and general punctuation (``‟`` for ``„``).
UNSHIFT_MAX_CODE = 0x2100


#: An ``aria-label`` naming its element a media player (``<section aria-label="Audio player - Episode title">``):
#: the label gets the class word ``player``, a furniture word, as a ``div.player`` would have. A 2026 public
#: broadcaster's story (unseen-en7) named its podcast player over the text only so, and the episode's title and
#: show's name opened the body.
_PLAYER_ARIA_RE = re.compile(r"\b(?:audio|video|media|podcast)\s+player\b", re.I)
#: The word ending a ``data-role`` that names a poster's signature under a post (Invision's ``memberSignature``), and
#: the class word the element's label gets for it (:func:`_marks`): what a signature's class says elsewhere
#: (``div.post-signature``), and what the content stages read.
SIGNATURE_WORD = "signature"
#: ARIA landmark roles of page furniture (``<ul role="menu">``, ``<div role="complementary">``, ``<table
#: role="navigation">``), each with the class word of :mod:`newsmend.content.paths` that names the same furniture: the
#: role says what a box is as its tag would (``<nav>``, ``<aside>``, ``<footer>``, ``<dialog>``), and Readability drops
#: such roles too. Not ``banner``: sites set it on the story's own header (a German broadcaster's kicker and headline,
#: trafilatura-eval t0297), not only on the page's masthead, which its ``<header>`` tag marks already. Wikipedia's
#: navboxes (``role="navigation"``) and AO3's work summary module (``role="complementary"``) had been text.
_FURNITURE_ROLES = {
    "navigation": "nav", "menu": "menu", "menubar": "menu", "complementary": "sidebar", "contentinfo": "footer",
    "dialog": "dialog", "alertdialog": "dialog", "toolbar": "toolbar",
}


def _label(tag: str, attrs: dict[str, str | None]) -> str:
    """``tag#id.class1.class2`` for ``path``: what the content scorer's class/id hints read, with the marks
    :func:`_marks` adds (on the few elements with one of :data:`_MARK_ATTRS`); then the mark of an invisible
    element (:data:`INVISIBLE_MARK`)."""
    if not attrs:  # a fifth of the elements labelled
        return tag[:MAX_LABEL_CHARS]
    out = tag
    ident = attrs.get("id")
    if ident:
        out += "#" + ident.strip()
    cls = attrs.get("class")
    if cls:
        out += "." + ".".join(cls.split())
    out = out[:MAX_LABEL_CHARS]
    if PATH_SEPARATOR in out:  # an attribute whose quote a crawl cut or a page left open swallowed markup
        out = out.replace(PATH_SEPARATOR, "")
    marked = not _MARK_ATTRS.isdisjoint(attrs)
    if marked:
        out += _marks(attrs)  # after the cut: a long class list must not cut them off
    if (cls and ("hid" in cls or "d-none" in cls) and _hiding_class(cls)) or (marked and _invisible(attrs)):
        return out + INVISIBLE_MARK
    return out


#: The attributes :func:`_marks` and :func:`_invisible` read: one C-level test of the element's attribute names
#: spares the path labels of most elements (a class, an id, a link's target) seven lookups.
_MARK_ATTRS = frozenset(("aria-label", "role", "data-role", "itemprop", "itemtype", "style", INACTIVE_ATTR))


def _marks(attrs: dict[str, str | None]) -> str:
    """The label's suffix: the class word a media player's ``aria-label`` or a furniture role
    (:data:`_FURNITURE_ROLES`) names, :data:`SIGNATURE_WORD` for a ``data-role`` naming a signature, then the marks
    of the article's body named by microdata (:data:`BODY_MARK`) and of a question-and-answer item
    (:data:`ITEM_MARK`)."""
    out = ""
    aria = attrs.get("aria-label")
    if aria and _PLAYER_ARIA_RE.search(aria):
        out += ".player"
    role = attrs.get("role")
    word = _FURNITURE_ROLES.get(role.strip().lower()) if role else None
    if word:
        out += "." + word
    if _names_signature_role(attrs.get("data-role")):
        out += "." + SIGNATURE_WORD
    itemprop = attrs.get("itemprop")
    if itemprop and "articleBody" in itemprop.split():
        out += BODY_MARK
    itemtype = attrs.get("itemtype")
    if itemtype:
        kind = itemtype.strip().rstrip("/").rpartition("/")[2]
        if kind in QA_ITEM_TYPES:
            out += ITEM_MARK + kind
    return out


def _names_signature_role(role: str | None) -> bool:
    """Whether a ``data-role`` names the element the poster's signature (Invision Community's
    ``data-role="memberSignature"``, whose classes, ``ipsBorder_top ipsPadding_vertical``, say only how it shows)."""
    return role is not None and role.strip().lower().endswith(SIGNATURE_WORD)


def _invisible(attrs: dict[str, str | None]) -> bool:
    """Whether a script may show the element, by the attributes other than its class: the inactive sibling of an
    active slide (:data:`INACTIVE_ATTR`) or ``visibility: hidden``."""
    style = attrs.get("style")
    return INACTIVE_ATTR in attrs or bool(style and _INVISIBLE_STYLE.found_in(style))


def _hiding_class(cls: str) -> bool:
    """Whether a class attribute hides its element (:data:`_HIDDEN_CLASS`, :data:`_SHOWN_CLASS`); the patterns
    cost ~4x the rest of a label, so :func:`_label` calls this only on class attributes holding ``hid``/``d-none``
    (2% of those on the dev pages)."""
    return _HIDDEN_CLASS.search(cls) is not None and _SHOWN_CLASS.search(cls) is None


def _is_avatar(attrs: dict[str, str | None]) -> bool:
    """A picture of an account (its address or class says ``avatar``): its ``alt`` is the account's name, and the
    name written beside it no caption (:attr:`~newsmend.blocks.Block.pictured`; the posters of two of
    magic-html-bench's forum threads)."""
    return "avatar" in f"{attrs.get('src') or ''} {attrs.get('class') or ''}".lower()


#: The attributes :func:`_hidden` reads: the walk calls it only on an element with one of them, by one C-level test of
#: the attribute names (nine in ten elements with attributes carry none).
_HIDING_ATTRS = frozenset(("hidden", "aria-hidden", "style"))


def _hidden(attrs: dict[str, str | None]) -> bool:
    """Whether the element is hidden for good: ``hidden``, ``aria-hidden="true"`` or ``display: none``."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.found_in(style))


@dataclass(slots=True)
class _OpenLink:
    """A link being walked: its target, where its text starts (in ``seen`` and in link characters seen), whether
    its text counts as link text, and the links it gave blocks so far (the block's index, the link)."""

    href: str | None
    start: int
    chars: int
    counted: bool = True
    given: list[tuple[int, Link]] | None = None
    title: str | None = None


class _Walker:
    """Accumulates inline text into blocks while walking the DOM once.

    The open non-inline elements are kept as parallel lists (ids, labels, tags) so that a block's
    path and ancestors are C-level slices and joins: the walk visits ~2 000 nodes per page and is the hottest
    loop of extraction.
    """

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        # indices into ``parts`` where an inline element (:data:`BREAK_TAGS`) opens or closes
        self.marks: list[int] = []
        # the open inline elements (:data:`BREAK_TAGS`): the index into ``seen`` where the element's text starts,
        # and its tag and attributes for those with a class or id, else None; the length of ``seen`` when the last
        # inline element without text closed (see :data:`_SENTENCE_END`); the current block's closed ones, with the
        # indices where their text starts and ends (labels and texts are built at the end of a short block only);
        # and the index into ``seen`` where the current block starts
        self.open_inline: list[tuple[int, tuple[str, dict[str, str | None]] | None]] = []
        self.empty_end = -1
        self.inline: list[tuple[str, dict[str, str | None], int, int]] = []
        self.block_seen = 0
        self.links: list[Link] = []
        self.link_chars = 0
        self.ids: list[int] = []
        self.labels: list[str] = []
        self.tags: list[str] = []
        self.link_depth = 0
        self.next_id = 0
        # every text piece seen, never reset (link texts are slices of it)
        self.seen: list[str] = []
        # characters of link text seen, never reset: a counted link's span is the growth since it opened
        self.linked_chars = 0
        self.open_links: list[_OpenLink] = []  # the links being walked, innermost last
        self.pre_depth = 0  # open <pre> elements: their text keeps its line breaks (:func:`collapse_whitespace`)
        self.alts: list[str] = []  # the alt texts of the pictures since the last block ended (Block.pictured)
        # the pictures set since the last block with text ended (Block.under_picture), and the innermost
        # MAX_PATH_DEPTH elements holding the last of them, outermost first, from depth ``picture_at``
        # (Block.picture_box): a copy bounded however deep the page nests
        self.pictures_ahead = 0
        self.picture_at = 0
        self.picture_ids: list[int] = []
        self.times: list[str] = []  # the ``datetime`` of the <time> elements since the last block ended (Block.times)

    def flush(self) -> None:
        """End the current block (callers check ``parts`` first: most boundaries close no text)."""
        text = collapse_whitespace("".join(self.parts), self.pre_depth > 0)
        short = len(text) <= BREAKS_MAX_CHARS
        # a mark at the end of the parts (a link closing its block, most blocks' only mark) cannot be a break
        glued_marks = short and self.marks and self.marks[0] < len(self.parts)
        breaks = _breaks(self.parts, self.marks) if glued_marks else ()
        inline = self.named_inline() if short and self.inline else ()
        if self.open_links:
            self.split_open_links()
        self.parts.clear()  # in place: the walk holds the list
        self.marks, self.inline, self.block_seen = [], [], len(self.seen)
        pictured, self.alts = text in self.alts, []
        times, self.times = tuple(self.times), []
        if text:
            pictures, self.pictures_ahead = self.pictures_ahead, 0
            if self.ids:
                ids = self.ids[-MAX_PATH_DEPTH:]
                tag, path = self.tags[-1], PATH_SEPARATOR.join(self.labels[-MAX_PATH_DEPTH:])
                container, ancestors = ids[-1], tuple(ids[:-1])
            else:
                tag, path, container, ancestors = "body", "", -1, ()
            self.blocks.append(
                Block(
                    text=text,
                    tag=tag,
                    path=path,
                    container=container,
                    link_chars=min(self.link_chars, len(text)),
                    links=self.links,
                    ancestors=ancestors,
                    breaks=breaks,
                    parsed=text if breaks else "",
                    inline=inline,
                    pictured=pictured,
                    under_picture=pictures > 0,
                    picture_box=self.picture_box() if pictures == 1 else -1,
                    times=times,
                )
            )
        self.links, self.link_chars = [], 0

    def picture_box(self) -> int:
        """The innermost element holding both the one picture set since the previous block with text and the block
        being ended (:attr:`~newsmend.blocks.Block.picture_box`); -1 for none, or for one above the block's kept
        ancestors (:data:`MAX_PATH_DEPTH`), which its neighbours' chains would not show holding them."""
        at = self.picture_at
        shared = at + common_length(self.picture_ids, self.ids[at:])
        return self.ids[shared - 1] if shared > max(at, len(self.ids) - MAX_PATH_DEPTH) else -1

    def split_open_links(self) -> None:
        """Give the block being ended its part of each link still open: a link around block elements (a card's
        ``<a><h3>headline</h3><span>date</span></a>``) is a link of every block its text is in, with the text that
        lies there, as its characters count as link text there (:meth:`text`)."""
        for link in self.open_links:
            if link.counted:
                self.add_link(link)

    def add_link(self, link: _OpenLink) -> None:
        """Add to the current block the part of ``link``'s text that lies in it (no second walk of the subtree);
        past :data:`WRAPPER_MIN_CHARS` the link is a wrapper (:meth:`unwrap`)."""
        text = " ".join("".join(self.seen[max(link.start, self.block_seen) :]).split())
        if self.linked_chars - link.chars > WRAPPER_MIN_CHARS:
            self.unwrap(link, len(text))
        elif text and link.href is not None:
            made = Link(text=text, href=link.href, title=_title_beside(text, link.title) if link.title else "")
            self.links.append(made)
            if link.given is None:
                link.given = []
            link.given.append((len(self.blocks), made))

    def unwrap(self, link: _OpenLink, current: int) -> None:
        """A link around more text than one link holds (an article inside an unclosed ``<a>``) is none: its text,
        in the blocks it gave a link and in the current block (``current`` characters), is no link text."""
        link.counted = False
        self.link_depth -= 1
        self.link_chars = max(0, self.link_chars - current)
        for index, made in link.given or ():
            if index < len(self.blocks):
                block = self.blocks[index]
                block.links.remove(made)
                block.link_chars = max(0, block.link_chars - len(made.text))
            else:
                self.links.remove(made)
                self.link_chars = max(0, self.link_chars - len(made.text))

    def named_inline(self) -> tuple[tuple[str, str], ...]:
        """The current block's closed inline elements with a class or id, as (label, text) (see
        :attr:`~newsmend.blocks.Block.inline`)."""
        out = ((_label(tag, attrs), " ".join("".join(self.seen[a:b]).split())) for tag, attrs, a, b in self.inline)
        return tuple((label, text) for label, text in out if text)

    def text(self, value: str) -> None:
        """Add a text node's ``value`` holding more than whitespace (the walk keeps a whitespace-only text in place
        itself: in ``parts`` after text, else only in ``seen``; it starts no sentence and holds no link character)."""
        if self.empty_end == len(self.seen) and self.parts and _sentence_seam(self.parts[-1], value):
            self.flush()
        self.parts.append(value)
        self.seen.append(value)
        if self.link_depth:
            # counted as the block's text will hold it: a link's text broken over source lines (``<a>Go\n
            # Jane</a>``, its indentation inside) is as long as its words, or a list item of a shop's name in a
            # link read as nearly all link (a lifestyle site's shopping list lost an item, unseen-en16)
            chars = len(collapse_whitespace(value, self.pre_depth > 0))
            self.link_chars += chars
            self.linked_chars += chars

    def enter(self, tag: str, kind: int, attrs: dict[str, str | None]) -> None:
        """Open an element of ``kind`` (:data:`_KINDS`)."""
        if kind <= _BREAK:
            if self.parts:
                self.marks.append(len(self.parts))
            if tag == "img" and not _is_avatar(attrs):
                self.pictures_ahead += 1
                self.picture_at = max(0, len(self.ids) - MAX_PATH_DEPTH)
                self.picture_ids = self.ids[self.picture_at :]
                if alt := attrs.get("alt"):
                    self.alts.append(collapse_whitespace(alt))
            elif tag == "time" and (stamp := (attrs.get("datetime") or "").strip()):
                self.times.append(stamp)
            named = tag == "small" or (attrs and _credit_named(attrs.get("class"), attrs.get("id")))
            self.open_inline.append((len(self.seen), (tag, attrs) if named else None))
            if kind == _LINK:
                self.link_depth += 1
                self.open_links.append(
                    _OpenLink(attrs.get("href"), len(self.seen), self.linked_chars, title=attrs.get("title"))
                )
        elif kind <= _CONTAINER:
            if kind == _BLOCK:
                if self.link_depth:
                    self.unwrap_script_link()  # first: a script hook gives no block a link
                if self.parts:
                    self.flush()
            self.ids.append(self.next_id)
            self.labels.append(_label(tag, attrs))
            self.tags.append(tag)
            self.next_id += 1
            self.pre_depth += tag == "pre"
        elif kind == _MATH:
            self.parts.append(" ")

    def unwrap_script_link(self) -> None:
        """A ``javascript:`` link around block elements is a script hook on a stretch of content (click to
        expand), not navigation: it points nowhere, so its text from here on is no link text and it is no link
        (Readability unwraps these too). Links of menus and teasers have a real target."""
        link = self.open_links[-1]
        if link.counted and link.href is not None and link.href.lstrip().lower().startswith(SCRIPT_HREF):
            link.counted = False
            self.link_depth -= 1

    def leave(self, kind: int) -> None:
        """Close an element of ``kind`` (:data:`_KINDS`)."""
        if kind <= _BREAK:
            if self.parts:
                self.marks.append(len(self.parts))
            start, named = self.open_inline.pop() if self.open_inline else (-1, None)
            if start == len(self.seen):
                self.empty_end = start
            if named is not None and start >= self.block_seen:  # an element around block elements is no value
                self.inline.append((*named, start, len(self.seen)))
            if kind == _LINK:
                link = self.open_links.pop() if self.open_links else _OpenLink(None, 0, 0, counted=False)
                if link.counted:
                    self.add_link(link)
                self.link_depth -= link.counted
        elif kind <= _CONTAINER:
            if kind == _BLOCK and self.parts:
                self.flush()  # before the pop: the block's own element is the last path segment
            self.ids.pop()
            self.labels.pop()
            self.pre_depth -= self.tags.pop() == "pre"


def _sentence_seam(before: str, after: str) -> bool:
    """Whether ``before`` ends a sentence and ``after`` starts the next, glued (:data:`_SENTENCE_END`)."""
    return _SENTENCE_END.search(before) is not None and _SENTENCE_START.match(after) is not None


def _title_beside(text: str, title: str | None) -> str:
    """The link's ``title`` attribute, whitespace collapsed, when it says other than the link's text, else "": a
    list may show a headline cut short (``Phasing…``) that its title gives whole (the related list reads it)."""
    if not title:
        return ""
    whole = " ".join(title.split())
    return whole if whole != text else ""


@lru_cache(maxsize=CREDIT_CACHE_SIZE)
def _credit_named(cls: str | None, ident: str | None) -> bool:
    """The element's class or id may name a credit (:data:`CREDIT_CLASS`). Cached: a page repeats a few hundred
    class names over thousands of inline elements."""
    return any(text and CREDIT_CLASS.found_in(text) for text in (cls, ident))


def _breaks(parts: list[str], marks: list[int]) -> tuple[int, ...]:
    """The offsets in the block's text (``parts`` joined, whitespace collapsed and stripped) of the ``marks`` that
    fall between two characters with no whitespace between them: the glued edges of inline elements. Such an
    edge's offset is the collapsed length of the text before it, which no space separates from the rest. Joined
    at each mark (2.5 a block on the bench pages, blocks of at most :data:`BREAKS_MAX_CHARS`): C-level joins cost
    less than a Python pass over every part."""
    out: list[int] = []
    for cut in dict.fromkeys(marks):  # ordered, without repeats
        before, after = "".join(parts[:cut]), "".join(parts[cut:])
        if before and after and not before[-1].isspace() and not after[0].isspace():
            offset = len(" ".join(before.split()))
            if not out or out[-1] != offset:  # marks with only empty parts between them are one edge
                out.append(offset)
    return tuple(out)


def _walk(root: LexborNode) -> tuple[list[Block], bool]:
    """Depth-first walk with an explicit stack; ``leave`` runs once every child is done. Stops after
    :data:`MAX_BLOCKS` blocks (``True`` as second value). The root (the page's body) is walked even when hidden: a
    page hides its body until its scripts have run and then shows it (``<body style="display: none;">``, a 2024
    Taiwanese news site, unseen-zh26), so its whole text is what a reader sees."""
    walker = _Walker()
    blocks, parts, seen = walker.blocks, walker.parts, walker.seen  # lists the walker keeps in place
    text, enter, leave = walker.text, walker.enter, walker.leave  # bound once: ~2 000 nodes
    pending: list[LexborNode] = []
    pending_kinds: list[int] = []  # the kinds of ``pending`` (:data:`_KINDS`), for ``leave``
    node: LexborNode | None = root
    while node is not None:
        if len(blocks) >= MAX_BLOCKS:
            return blocks, True
        tag = node.tag or ""
        if tag == "-text":
            value = node.text_content or ""
            if value.isspace():  # two text nodes in three: leading whitespace is stripped, and it adds no text
                if parts:
                    parts.append(value)
                seen.append(value)
            else:
                text(value)
        else:
            kind = _KINDS.get(tag, _UNLISTED)
            if kind > _SKIP:
                kind = _rare_kind(node, tag, kind)
            attrs = node.attributes if kind != _SKIP else None  # a dict built per call: not for skipped elements
            # a hidden body waits for its scripts; most elements have no attribute that hides (one C-level test)
            if attrs is not None and not (
                attrs and not _HIDING_ATTRS.isdisjoint(attrs) and _hidden(attrs) and node is not root
            ):
                enter(tag, kind, attrs)
                child = node.first_child
                if child is not None:
                    pending.append(node)
                    pending_kinds.append(kind)
                    node = child
                    continue
                leave(kind)
        while node is not None:
            following = node.next
            if following is not None:
                node = following
                break
            node = pending.pop() if pending else None
            if node is not None:
                leave(pending_kinds.pop())
                if node is root:
                    node = None
    if parts:
        walker.flush()
    return walker.blocks, False


def _rare_kind(node: LexborNode, tag: str, kind: int) -> int:
    """What ``node`` named ``tag`` does in the walk when :data:`_KINDS` gives a ruby's reading or no kind: a reading
    aid is skipped, another reading is inline; a name no table holds is a container if ``node`` is an element (a
    custom element; element names start with a letter, so only other names need lexbor's node-type test)."""
    if kind == _READING:
        return _SKIP if _reading_aid(node) else _INLINE
    return _CONTAINER if tag[0].isalpha() or node.is_element_node else _SKIP


def _mark_inactive_siblings(root: LexborNode) -> None:
    """Mark with :data:`INACTIVE_ATTR` the siblings of the one element of a run that a class of
    :data:`ACTIVE_CLASSES` says is shown (see there): at least two siblings of its tag and first class, exactly one
    of them active. A menu's current item marks its siblings too, which are no text either way. Each parent's
    children are read once, however many of them are active."""
    seen: set[int] = set()
    for node in root.css(_ACTIVE_SELECTOR):
        parent = node.parent
        if parent is None or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        runs: dict[tuple[str | None, str], list[tuple[LexborNode, bool]]] = {}
        for child in parent.iter():
            classes = (child.attributes.get("class") or "").split()
            if classes and classes[0] not in ACTIVE_CLASSES:
                active = not ACTIVE_CLASSES.isdisjoint(classes)
                runs.setdefault((child.tag, classes[0]), []).append((child, active))
        for run in runs.values():
            if len(run) >= 2 and sum(active for _, active in run) == 1:
                for child, active in run:
                    if not active:
                        child.attrs[INACTIVE_ATTR] = ""


def _reading_aid(rt: LexborNode) -> bool:
    """A ruby reading (``<rt>``) that is a reading aid above the line, not text: its ruby gives no ``<rp>``
    brackets, which is how a page says what it reads like without ruby (尹錫悦（ユンソンニョル）, as print names a
    reading); without them, furigana over every kanji (子<rt>こ</rt>ども) would run into the text."""
    ruby = rt.parent
    return ruby is None or ruby.css_first("rp") is None


def _shifted(text: str, min_chars: int = SHIFTED_MIN_CHARS) -> bool:
    """Whether ``text`` reads as text shifted one character code up (see :data:`SHIFTED_MIN_CHARS`): three counts,
    so every block can be judged at no cost worth measuring."""
    if len(text) < min_chars:
        return False
    f, size = text.count("f"), len(text)
    return (
        f >= SHIFTED_F_PER_E * text.count("e")
        and f >= SHIFTED_MIN_F_SHARE * size
        and text.count("a") <= SHIFTED_MAX_A_SHARE * size
    )


def _any_shifted(blocks: list[Block]) -> bool:
    """Whether a block reads as shifted text, judged on its first :data:`SHIFTED_SAMPLE_CHARS` (a page's every
    long block counted whole cost 40 µs a page on the bench pages, 1/250 of an extraction; the sample, a third)."""
    long_texts = [block.text for block in blocks if len(block.text) >= SHIFTED_MIN_CHARS]  # most blocks are short
    return any(_shifted(text[:SHIFTED_SAMPLE_CHARS]) for text in long_texts)


@lru_cache(maxsize=1)
def _unshift_table() -> dict[int, str]:
    """``str.translate`` table undoing the shift (:data:`_UNSHIFT_SPECIAL`), built once per process on first use."""
    table = {code: _UNSHIFT_SPECIAL.get(code, chr(code - 1)) for code in range(34, UNSHIFT_MAX_CODE)}
    table.update((code, "") for code in range(34) if not chr(code).isspace())
    return table


def _unshift_texts(root: LexborNode) -> bool:
    """Shift back each text node that reads as shifted (:func:`_shifted`) and put the HTML it then gives in its
    place (its own paragraphs, lists, links); ``True`` if any. Texts down to :data:`SHIFTED_PEER_MIN_CHARS` are
    judged here, on a page known to shift its text. A second walk of the tree, run only on pages a
    block of which was shifted. Written by hand: no library undoes this scheme."""
    found = [
        node
        for node in root.traverse(include_text=True)
        if node.tag == "-text" and _shifted((node.text_content or "").strip(), SHIFTED_PEER_MIN_CHARS)
    ]
    for node in found:
        fragment = LexborHTMLParser((node.text_content or "").translate(_unshift_table())).body
        child = fragment.first_child if fragment is not None else None
        while child is not None:
            following = child.next
            node.insert_before(child)
            child = following
        node.decompose()
    return bool(found)


def _step(close: str, name: str) -> int:
    """Nesting change of a tag: +1 opens, -1 closes, 0 for void elements."""
    return -1 if close else 0 if name.lower() in VOID_TAGS else 1


def _flatten_deep(html: str) -> tuple[str, bool]:
    """Drop the tags that nest deeper than :data:`MAX_NESTING_DEPTH` (their text stays); ``True`` if any.

    Written by hand because no HTML parser we use bounds nesting; the check is one C-speed regex pass over tag
    starts and a running sum, skipped when the page has too few ``<`` that open no end tag to nest that deep (each
    step in is one: 4 of the 33 bench pages with more than 5 000 ``<`` have more such), the rewrite (whole tags)
    runs only for pathological pages.
    """
    tags = html.count("<")
    if tags <= MAX_NESTING_DEPTH or tags - html.count("</") <= MAX_NESTING_DEPTH:
        return html, False
    if max(accumulate(map(_STEPS.__getitem__, _NESTING_TAG.findall(html))), default=0) <= MAX_NESTING_DEPTH:
        return html, False
    parts, pos, depth = [], 0, 0
    for match in _WHOLE_TAG.finditer(html):
        step = _step(match.group(1), match.group(2))
        depth += max(step, 0)
        if depth > MAX_NESTING_DEPTH:
            parts.append(html[pos : match.start()])
            pos = match.end()
        if step < 0:
            depth = max(depth - 1, 0)
    parts.append(html[pos:])
    return "".join(parts), True


def parse_html(html: str, url: str | None = None, utf8: bytes | None = None) -> Page:
    """Parse an HTML document into a :class:`Page` of blocks and the page's own metadata.

    ``utf8`` is ``html`` as UTF-8 bytes, when the caller has them (the page's own bytes, decoded as strict UTF-8):
    lexbor parses UTF-8, and reads them instead of an encoding of ``html`` (0.1 ms a page on the bench pages).

    >>> page = parse_html("<html><head><title>标题</title></head><body><p>一段。<br>二段。</p></body></html>")
    >>> [b.text for b in page.blocks], page.meta["html:title"]
    (['一段。', '二段。'], '标题')
    """
    html, flattened = _flatten_deep(html)
    tree = LexborHTMLParser(utf8 if utf8 is not None and not flattened else html)
    meta = page_meta(tree, html)
    root = tree.body or tree.root
    if root is not None:
        _mark_inactive_siblings(root)
    blocks, cut = _walk(root) if root is not None else ([], False)
    if root is not None and _any_shifted(blocks) and _unshift_texts(root):
        blocks, cut = _walk(root)
    flags = {"deep-nesting"} if flattened else set()
    if cut:
        flags.add("truncated")
    return Page(blocks=blocks, is_html=True, url=url, meta=meta, flags=flags)
