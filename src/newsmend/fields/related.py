"""Related and latest-news lists as data: each item a :class:`~newsmend.article.RelatedLink`.

On HTML pages an item is a link (text and URL). On crawled text an item is a headline line, often
followed by a ``2023-05-03 16:37 channel`` line that dates it, or a piece of a ``headline 评论 N`` strip.
"""

from __future__ import annotations

from newsmend.article import RelatedLink
from newsmend.blocks import Block
from newsmend.fields.dates import parse_date
from newsmend.fields.lines import (
    clean,
    comment_strip_items,
    is_comment_strip,
    is_list_heading,
    is_separator,
    time_list_entry,
)

#: Shortest text kept as a related headline (shorter link texts are "more", "1", "›").
MIN_TITLE_CHARS = 4


def related_links(blocks: list[Block]) -> list[RelatedLink]:
    """The items of the given list blocks, in page order, each title once."""
    items: list[RelatedLink] = []
    for block in blocks:
        text = clean(block.text)
        entry = time_list_entry(text)
        if entry:
            _date_last(items, *entry)
        elif is_comment_strip(text):
            items += [RelatedLink(title=t) for t in comment_strip_items(text)]
        elif block.links:
            items += [RelatedLink(title=clean(link.text), url=link.href or None) for link in block.links]
        elif not is_separator(text) and not is_list_heading(text):
            items.append(RelatedLink(title=text))
    return _unique(items)


def _date_last(items: list[RelatedLink], stamp: str, channel: str | None) -> None:
    """Attach a timestamp line to the headline before it."""
    if items and items[-1].time is None:
        last = items[-1]
        items[-1] = RelatedLink(last.title, last.url, parse_date(stamp), channel)


def _unique(items: list[RelatedLink]) -> list[RelatedLink]:
    """First occurrence of each title wins, except that a dated copy replaces an undated one."""
    by_title: dict[str, RelatedLink] = {}
    for item in items:
        if len(item.title) < MIN_TITLE_CHARS:
            continue
        seen = by_title.get(item.title)
        if seen is None or (seen.time is None and item.time is not None):
            by_title[item.title] = item
    return list(by_title.values())
