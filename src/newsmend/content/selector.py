"""The selector: the stages of main-content selection on an HTML page, in order, and the :class:`Selection` they
produce (the contract with ``newsmend.textpage``, which selects on plain text, and with ``newsmend.fields``).

Each stage is a module of this package with one entry point (see the package docstring for what each decides).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsmend.blocks import Page
from newsmend.content.best import best_box
from newsmend.content.growth import grow
from newsmend.content.pruning import prune
from newsmend.content.values import block_stats, lead_block
from newsmend.content.wrappers import unmask_wrappers


@dataclass(slots=True)
class Selection:
    """The blocks of a page that make up the article, and the roles of some others.

    ``body`` are indices into ``page.blocks`` in reading order; ``title`` the block holding the headline
    when it is among the blocks; ``roles`` maps other block indices to what they are (``"byline"``,
    ``"caption"``, ``"related"``, ``"comment"``, ``"boilerplate"`` ...); ``flags`` says what went wrong
    (``"no-article"``). ``lists`` are the blocks of the headline lists after the body once extraction has looked
    for them (:func:`newsmend.fields.related.list_items_after`), so that fields need not look again; None before.
    """

    body: list[int]
    title: int | None = None
    roles: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    lists: list[int] | None = None


#: The page has no article when no kept block other than a legal notice reaches this many characters (a page
#: of menus ends with its footer as the "best" container). One on purpose: dev pages whose whole labelled
#: article is one word ("Test") or a forum title exist, and a short answer beats none.
MIN_ARTICLE_CHARS = 1


def select_main(page: Page) -> Selection:
    """Pick the article blocks of an HTML page (the stages of :mod:`newsmend.content`).

    >>> from newsmend.html import parse_html
    >>> html = ("<body><ul><li><a href='/'>首页</a></li><li><a href='/n'>新闻</a></li></ul>"
    ...         "<div class='article'><h1>标题</h1><p>第一段，内容很长很长的一个句子。</p>"
    ...         "<p>第二段，也是正文的一部分内容。</p></div><div class='footer'>版权所有</div></body>")
    >>> page = parse_html(html)
    >>> [page.blocks[i].text for i in select_main(page).body]
    ['标题', '第一段，内容很长很长的一个句子。', '第二段，也是正文的一部分内容。']
    """
    stats = [block_stats(b) for b in page.blocks]
    unmask_wrappers(page, stats)  # stage 0
    lead = lead_block(page, stats)  # stage 1's cue, also read by stages 2 and 4
    box = best_box(page, stats, lead)  # stages 1 and 2
    if box is None:
        return Selection(body=[], flags={"no-article"})
    chosen = grow(page, stats, box.top, box.tree, box.values, lead)  # stage 3
    body = prune(page, stats, chosen)  # stage 4
    if not any(not stats[i].legal and stats[i].chars >= MIN_ARTICLE_CHARS for i in body):
        return Selection(body=[], flags={"no-article"})
    return Selection(body=body)
