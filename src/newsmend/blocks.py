"""Blocks: the unit every stage after decoding works on.

A page -- HTML or plain text -- becomes a list of blocks in reading order: a paragraph, a heading, a list item,
a caption, a line of plain text. Main-content selection decides which blocks are the article; field extraction
reads the title, byline, dateline, editor and related links from them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise


def collapse_whitespace(text: str, lines: bool = False) -> str:
    """``text`` with each whitespace run made one space and the ends stripped (without a regex); with ``lines``,
    a run holding a line break becomes that break. A block's text is kept so: a ``<pre>`` (a code listing, a poem)
    keeps its lines, and the text its length, which content selection reads."""
    if not lines or "\n" not in text:
        return " ".join(text.split())
    return "\n".join(filter(None, (" ".join(line.split()) for line in text.split("\n"))))


def common_length(a: Sequence[object], b: Sequence[object]) -> int:
    """The length of the common start of two sequences (a path's labels, the chains of elements holding two
    blocks, or a block and a picture)."""
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def goes_nowhere(href: str) -> bool:
    """A link to a script's control, no address: ``javascript:`` or an empty fragment (``#``, ``…/story/#``), where
    the page's script acts on the click (a share button, a caption's ``Close`` toggle)."""
    return href.lower().startswith("javascript:") or href.endswith("#")


@dataclass(slots=True)
class Link:
    """A hyperlink inside a block (HTML input only)."""

    text: str
    href: str
    #: The link's ``title`` attribute when it says more than ``text`` (a list's headline cut short, ``Phasing…``,
    #: given whole there); "" otherwise.
    title: str = ""


@dataclass(slots=True)
class Block:
    """One unit of text and the evidence about it.

    ``tag`` is the HTML element (``p``, ``h1``, ``li``, ``figcaption``, ``td``, ``pre`` ...) or ``"line"`` for
    plain-text input. ``path`` is the element's ancestry (``body>div#main>div.content>p``) and ``container`` the
    index of the closest block-level ancestor, so that siblings can be scored together. ``link_chars`` counts the
    characters inside links. ``text`` holds no line break except in a ``pre`` (:func:`collapse_whitespace`).
    """

    text: str
    tag: str = "line"
    path: str = ""
    container: int = -1
    link_chars: int = 0
    links: list[Link] = field(default_factory=list)
    #: HTML only: ids of the enclosing non-inline elements, outermost first, one per ``path`` segment before
    #: the block's own tag; blocks sharing an id sit in the same DOM container (content selection scores these).
    ancestors: tuple[int, ...] = ()
    #: HTML only: offsets in the parsed text (``parsed``) where one inline element's text ends and the next one's
    #: begins with nothing between them (``<span>来源：X</span><span>作者：Y</span>`` gives ``来源：X作者：Y`` and a
    #: break at ``作``). ``text`` shows them glued, as a browser does without CSS spacing; field readers see them
    #: in :attr:`field_text`.
    breaks: tuple[int, ...] = ()
    #: The text as parsed, which ``breaks`` index: repair may change ``text`` afterwards.
    parsed: str = ""
    #: HTML only, blocks of at most 200 characters: each inline element whose class or id may name a credit
    #: (author, byline, source ...), and each ``<small>`` (fine print: a picture's caption or credit, a legal line),
    #: as its label (``tag#id.class``, like a ``path`` segment) and its text as parsed, in the order they close
    #: (``span.source`` and ``某某日报`` in ``<div>2019-09-23 <span class="source">某某日报</span></div>``): what the
    #: markup says a part of the line is.
    inline: tuple[tuple[str, str], ...] = ()
    #: HTML only: the block's text is the ``alt`` text of a picture set right before it (since the previous block
    #: ended): the page wrote the picture's description out under it, a caption (a portal's ``<p><img alt="X"><br>
    #: X</p>``).
    pictured: bool = False
    #: HTML only: a picture was set since the previous block with text ended (an ``<img>`` in the block before its
    #: text, or in elements holding no text between the two blocks): the block stands right under a picture, where
    #: a newspaper sets the picture's caption as a paragraph of its own
    #: (:func:`~newsmend.fields.lines.is_credited_caption`).
    under_picture: bool = False
    #: HTML only: where one picture was set since the previous block with text ended, the id of the innermost
    #: element holding both (the block's own in ``<div><a><img></a><small>text</small></div>``, the table in
    #: ``<table><tr><th><img></th></tr><tr><td>text</td></tr></table>``): the box a magazine sets a picture and its
    #: caption in, when it holds nothing else; -1 otherwise.
    picture_box: int = -1
    #: HTML only: the ``datetime`` attribute of each ``<time>`` element met since the previous block ended (those
    #: in the block, and an empty one right before it), in page order (``<time datetime="2023-11-02T10:09:32+01:00">
    #: 10:09</time>``): the full stamp where the text shows a clock reading, a short date or a relative time, as a
    #: related story's card does.
    times: tuple[str, ...] = ()

    @property
    def parent(self) -> int | None:
        """The id of the element the block stands right in (the last of ``ancestors``); None for plain text. Two
        blocks with the same parent are lines of one element (a paragraph's ``<br>`` lines, a box's title and
        text)."""
        return self.ancestors[-1] if self.ancestors else None

    def within(self, element: int) -> bool:
        """Whether the element ``element`` holds the block (its own element or one of its ``ancestors``): what the
        stages ask of every block of a page when they gather a box's blocks, answered without building the chain
        of :func:`~newsmend.content.paths.containers` per block."""
        return element == self.container or element in self.ancestors

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def field_text(self) -> str:
        """``text`` with a space at each of ``breaks``: what field readers read, so that a value ends where its
        element does (``10:56:28证券时报网`` is ``10:56:28 证券时报网``). The body keeps ``text``: a space there
        would be invented (Chinese text runs its inline elements together)."""
        return self.spaced_text(lambda _before, _after: True)

    def spaced_text(self, spaced: Callable[[str, str], bool]) -> str:
        """``text`` with a space at each of ``breaks`` where ``spaced`` holds for the text before it and the
        element's text after it."""
        if not self.breaks:
            return self.text
        cuts = (0, *_moved(self.breaks, self.parsed, self.text), len(self.text))
        pieces = [self.text[a:b] for a, b in pairwise(cuts) if a < b]
        joined = pieces[0]
        for piece in pieces[1:]:
            joined += (" " if spaced(joined, piece) else "") + piece
        return joined


def _moved(breaks: tuple[int, ...], parsed: str, text: str) -> list[int]:
    """``breaks`` of ``parsed`` as offsets into ``text`` (its repaired form): kept where a character substitution
    kept the length, else carried through the unchanged stretches around them (a break inside a repaired
    stretch is lost)."""
    if len(parsed) == len(text):
        return list(breaks)
    stretches = SequenceMatcher(None, parsed, text, autojunk=False).get_matching_blocks()
    return [b - a + c for b in breaks for a, c, n in stretches if a < b < a + n]


@dataclass(slots=True)
class Page:
    """A decoded page cut into blocks, with what the page says about itself.

    ``meta`` holds the page's own metadata with lowercased keys: ``<title>`` as ``"html:title"``, every
    ``<meta name|property|itemprop=... content=...>`` under its name (``"og:title"``, ``"author"``,
    ``"article:published_time"`` ...), and JSON-LD fields as ``"ld:headline"``, ``"ld:author"``,
    ``"ld:datepublished"``. Empty for plain text.
    """

    blocks: list[Block]
    is_html: bool
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    flags: set[str] = field(default_factory=set)
    #: The first block of each element :meth:`first_under` was asked about, filled on the first ask.
    _firsts: dict[int, Block] = field(default_factory=dict, init=False, repr=False, compare=False)

    def first_under(self, element: int) -> Block:
        """The first block the element ``element`` holds (:meth:`Block.within`; StopIteration if none): its path
        names the element's own segments. Found once per page and element: growth and the choice of the best box ask
        for the first blocks of the same few elements again and again (9,717 asks for 1,112 elements over the 798 dev
        pages), each a scan from the page's top."""
        first = self._firsts.get(element)
        if first is None:
            first = self._firsts[element] = next(b for b in self.blocks if b.within(element))
        return first

    def last_under(self, element: int) -> Block:
        """The last block the element ``element`` holds, as :meth:`first_under` finds the first (asked once a page,
        by growth's microdata-marked body: no memo)."""
        return next(b for b in reversed(self.blocks) if b.within(element))
