"""Stage 2, first half: every container's score, from the values of the blocks under it.

A block counts fully for its own element and its parent, then half as much for each level above: decay keeps a
teaser list from outscoring the article next to it. The undecayed sums are kept too, for growth to weigh the
containers around the best one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsmend.blocks import Page

#: A block counts fully for its own element and this much less for each level above (readability gives the
#: parent all and the grandparent half; a steady 0.5 per level scored best on the zh dev pages).
SCORE_DECAY = 0.5
#: Levels that get a block's full value before the decay starts: its own element and the parent (a paragraph
#: and the article body holding it).
FULL_LEVELS = 2


@dataclass(slots=True)
class Tree:
    """Per container: decayed score, undecayed sum of block values, and parent."""

    scores: dict[int, float] = field(default_factory=dict)
    sums: dict[int, float] = field(default_factory=dict)
    parents: dict[int, int | None] = field(default_factory=dict)


def score_tree(page: Page, values: list[float]) -> Tree:
    """Score every container. Decayed: a block counts fully for its own element, half for the parent ...;
    decay keeps a teaser list from outscoring the article next to it (teasers sit deeper, and any wrapper big
    enough to hold both would win an undecayed sum). Undecayed sums decide how far to grow (see
    :mod:`~newsmend.content.growth`)."""
    tree = Tree()
    scores, sums, parents = tree.scores, tree.sums, tree.parents  # local names: this loop runs per block
    by_ancestors: dict[tuple[int, ...], float] = {}
    for block, value in zip(page.blocks, values, strict=True):
        cid, ancestors = block.container, block.ancestors
        scores[cid] = scores.get(cid, 0.0) + value
        sums[cid] = sums.get(cid, 0.0) + value
        if parents.get(cid) is None:
            parents[cid] = block.parent
        by_ancestors[ancestors] = by_ancestors.get(ancestors, 0.0) + value
    # siblings share their ancestors: walk each distinct chain once (depth 1 is the parent). A parent comes from any
    # chain that shows one: the outermost id of a chain the parser cut (MAX_PATH_DEPTH) shows none, and a shallower
    # block's chain gives it.
    for ancestors, total in by_ancestors.items():
        weight, size = total, len(ancestors)
        for depth, cid in enumerate(reversed(ancestors), start=1):
            scores[cid] = scores.get(cid, 0.0) + weight
            sums[cid] = sums.get(cid, 0.0) + total
            if depth >= FULL_LEVELS - 1:
                weight *= SCORE_DECAY
            if parents.get(cid) is None:
                parents[cid] = ancestors[-depth - 1] if depth < size else None
    return tree
