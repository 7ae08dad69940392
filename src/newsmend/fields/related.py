"""Related and latest-news lists as data: each item a :class:`~newsmend.article.RelatedLink`.

On HTML pages an item is a link (text and URL). On crawled text an item is a headline line, often
followed by a ``2023-05-03 16:37 channel`` line that dates it, or a piece of a ``headline 评论 N`` strip.
"""

from __future__ import annotations

from urllib.parse import urljoin

from newsmend.article import RelatedLink
from newsmend.blocks import Block
from newsmend.fields.dates import parse_date
from newsmend.fields.lines import (
    clean,
    comment_strip_items,
    has_han,
    is_comment_strip,
    is_list_heading,
    is_separator,
    time_list_entry,
)
from newsmend.fields.title import norm

#: Shortest text kept as a related headline (shorter link texts are "more", "1", "›").
MIN_TITLE_CHARS = 4
#: Marks ending a link to more of something (``查看全部评论>>``, ``More »``): no headline ends with them (``→`` does:
#: ``…这些地方或有暴雨→``).
MORE_MARKS = (">>", "»", "＞＞")
#: Blocks after the body searched for headline lists.
LIST_WINDOW = 60
#: Share of a block's text inside its link for the block to be a list item.
ITEM_MIN_LINK_DENSITY = 0.8
#: Shortest list headline: Han characters, or words for alphabetic text (shorter links are menus).
ITEM_MIN_HAN, ITEM_MIN_WORDS = 6, 3
#: Non-item blocks tolerated inside a list (counters, teasers) before the list is over.
LIST_MAX_GAP = 3


def list_items_after(blocks: list[Block], end: int) -> list[int]:
    """Indices of headline-list items in the blocks after the body (ending at ``end``): single-link blocks
    under a list heading (``相关推荐``, ``Related stories``), until the list runs out."""
    items: list[int] = []
    gap = LIST_MAX_GAP + 1
    for i in range(end + 1, min(len(blocks), end + 1 + LIST_WINDOW)):
        block = blocks[i]
        text = clean(block.text)
        if is_list_heading(text) and block.link_density < ITEM_MIN_LINK_DENSITY:
            gap = 0
        elif gap <= LIST_MAX_GAP and _is_item(block, text):
            items.append(i)
            gap = 0
        else:
            gap += 1
    return items


def _is_item(block: Block, text: str) -> bool:
    if len(block.links) != 1 or block.link_density < ITEM_MIN_LINK_DENSITY:
        return False
    link = block.links[0]
    title = clean(link.text)
    long_enough = len(title) >= ITEM_MIN_HAN if has_han(title) else len(title.split()) >= ITEM_MIN_WORDS
    return long_enough and not link.href.lower().startswith(("javascript:", "#", "mailto:"))


def related_links(blocks: list[Block], base_url: str | None = None, headline: str | None = None) -> list[RelatedLink]:
    """The items of the given list blocks, in page order, each title once; links resolved against
    ``base_url``. The article's own ``headline`` is no related item (a latest-news list that holds the article)."""
    items: list[RelatedLink] = []
    for block in blocks:
        text = clean(block.text)
        entry = time_list_entry(text)
        if entry:
            _date_last(items, *entry)
        elif is_comment_strip(text):
            items += [RelatedLink(title=t) for t in comment_strip_items(text)]
        elif block.links:
            stamp = parse_date(text) if len(block.links) == 1 else None
            items += [RelatedLink(clean(link.text), _resolve(base_url, link.href), stamp) for link in block.links]
        elif not is_separator(text) and not is_list_heading(text):
            items.append(RelatedLink(title=text))
    own = norm(headline or "")
    return _unique([item for item in items if not own or norm(item.title) != own])


def _resolve(base_url: str | None, href: str) -> str | None:
    if not href:
        return None
    return urljoin(base_url, href) if base_url else href


def _date_last(items: list[RelatedLink], stamp: str, channel: str | None) -> None:
    """Attach a timestamp line to the headline before it."""
    if items and items[-1].time is None:
        last = items[-1]
        items[-1] = RelatedLink(last.title, last.url, parse_date(stamp), channel)


def _unique(items: list[RelatedLink]) -> list[RelatedLink]:
    """First occurrence of each title wins, except that a dated copy replaces an undated one; "more" links
    (:data:`MORE_MARKS`) and texts too short for a headline are no items."""
    by_title: dict[str, RelatedLink] = {}
    for item in items:
        if len(item.title) < MIN_TITLE_CHARS or item.title.endswith(MORE_MARKS):
            continue
        seen = by_title.get(item.title)
        if seen is None or (seen.time is None and item.time is not None):
            by_title[item.title] = item
    return list(by_title.values())
