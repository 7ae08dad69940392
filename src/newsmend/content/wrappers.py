"""Stage 0 of the selection: a container named like furniture that holds nearly all of the page's prose is its
wrapper, not a box on it, and its name goes.

Layouts name the sidebar they have and plugins put their name on the article's parent; left in place, such a
name would demote the whole article in every later stage.
"""

from __future__ import annotations

from functools import lru_cache

from newsmend.blocks import Page
from newsmend.content.paths import containers, label_tag, path_demotion, path_hints
from newsmend.content.values import Stats

#: A container whose class/id names furniture is the page's wrapper, not a box on it, when it holds at least this
#: share of the page's prose: layouts name the sidebar they have (``Layout--sidebarPosition-end``,
#: ``content-sidebar-wrap``, ``has-sidebar``), plugins put their name on the article's parent
#: (``gigya-share-btns-2_gig_containerParent``); the name then says nothing about its text. 48 dev pages have such
#: a wrapper: trafilatura-eval snippets found 858 -> 860, readability-testpages non-zh 0.9627 -> 0.9630, other sets
#: unchanged; 0.8 takes a wrapper named ``gate-ad`` holding 82% of a Japanese page's prose and its real ad box
#: with it (fundus Asahi 0.905 -> 0.797). Overlay words stay: a consent dialog holds 84% of one news page's prose.
WRAPPER_SHARE = 0.9


@lru_cache(maxsize=8192)
def _furniture_positions(path: str) -> tuple[int, ...]:
    """Positions of the path segments hinting furniture (:func:`label_hint` -1; overlays are -2), html/body left
    out (:func:`path_hints`)."""
    return tuple(j for j, hint in enumerate(path_hints(path)) if hint == -1)


def unmask_wrappers(page: Page, stats: list[Stats]) -> None:
    """Stage 0: a wrapper's class and id (:data:`WRAPPER_SHARE`) leave the paths of its blocks; its tag stays.
    The page's blocks are changed in place, so field extraction reads the same paths."""
    total = sum(st.chars - st.link_chars for st in stats if st.prose)
    held: dict[int, int] = {}
    for block, st in zip(page.blocks, stats, strict=True):
        if st.prose and path_demotion(block.path, 0) < 0:  # cached, and needed for the values anyway
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
