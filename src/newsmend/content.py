"""Main-content selection on HTML pages: which blocks are the article.

The :class:`Selection` is the contract between content selection (this module for HTML,
``newsmend.textpage`` for plain text) and field extraction (``newsmend.fields``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
