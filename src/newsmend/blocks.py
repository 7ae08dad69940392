"""Blocks: the unit every stage after decoding works on.

A page -- HTML or plain text -- becomes a list of blocks in reading order: a paragraph, a heading, a list item,
a caption, a line of plain text. Main-content selection decides which blocks are the article; field extraction
reads the title, byline, dateline, editor and related links from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Link:
    """A hyperlink inside a block (HTML input only)."""

    text: str
    href: str


@dataclass(slots=True)
class Block:
    """One unit of text and the evidence about it.

    ``tag`` is the HTML element (``p``, ``h1``, ``li``, ``figcaption``, ``td``, ``pre`` ...) or ``"line"`` for
    plain-text input. ``path`` is the element's ancestry (``body>div#main>div.content>p``) and ``container`` the
    index of the closest block-level ancestor, so that siblings can be scored together. ``link_chars`` counts the
    characters inside links.
    """

    text: str
    tag: str = "line"
    path: str = ""
    container: int = -1
    link_chars: int = 0
    links: list[Link] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)
    #: HTML only: ids of the enclosing non-inline elements, outermost first, one per ``path`` segment before
    #: the block's own tag; blocks sharing an id sit in the same DOM container (content selection scores these).
    ancestors: tuple[int, ...] = ()

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


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
