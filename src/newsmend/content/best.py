"""Stage 2 of the selection: the best container, the densest cluster of prose, and the rivals that replace it.

The top-scoring container wins unless the page says otherwise: a winner in a furniture element (``<aside>``,
``<nav>``, ``<footer>``, ``<header>``) yields to the best container outside furniture, a winner outside the page's
``<article>`` or ``<main>`` to a tenth-as-good one inside, a single comment outside the story's ``<article>`` to the
story, and a winner that misses the block the page's own summary opens yields to that block's container when it is a
close rival (teaser streams) or of the same make (an article split in parts: both are taken), and one holding a
slideshow set in the story beside that block to the container holding both; a winner that goes on from that block's
box, both boxes of bare paragraphs, is taken with it (an article split by an ad slot). Two parts of one
``<article>`` element, the lead's and the body's, are both taken: when the lead's part is that close rival, or when
it wins only by the lead's bonus. When nothing scores two sentences, the class/id hints were wrong and the page is
scored without them, unless that puts an overlay (a modal, a dialog) first while a container named as the article
holds text: a short article beside its dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsmend.blocks import Page, common_length
from newsmend.content.growth import GROW_LEVELS
from newsmend.content.paths import (
    ARTICLE_TAGS,
    NEGATIVE_TAGS,
    OVERLAY_HINT,
    containers,
    element_kind,
    label_hint,
    label_tag,
    label_tokens,
    names_reply,
    path_demotion,
    story_element_at,
)
from newsmend.content.scores import Tree, score_tree
from newsmend.content.values import LEAD_BONUS, Stats, block_values, slideshow_in_text

#: Best score under which hints are distrusted and the page is scored without them: about two sentences.
HINTLESS_BELOW = 50.0
#: A container named as the article (its own class/id words say so: ``div.article-content``) holds text when it
#: scores above this with hints. Calibrated on the dev pages whose hint-less winner is an overlay: where the article
#: is that overlay (an element hidden until a script runs, a site showing its story in a modal), no such container
#: scores above -2.2; a short code-heavy forum post beside a report dialog scores 6.8 (magic-html
#: forum-a2323d652d0eaf1b).
NAMED_TEXT_MIN_SCORE = 0.0
#: A container in the page's ``<article>`` or ``<main>`` element replaces a better one outside both when it scores
#: at least this share of it (magic-html: a consent dialog 2.5 times the article, a forum's notices 1.4 times the
#: post, a payment popup 8 times a two-line Chinese post; 0.05 scores alike, 0.01 takes a teaser card tagged
#: ``<article>`` over a trafilatura-eval page's text at 0.03, 0.2 keeps the popup).
ARTICLE_ELEMENT_SHARE = 0.1
#: The best container holding the lead replaces the overall best when it scores at least this share of it
#: (magic-html zh: two teaser streams of one long summary per item lose to their short article; 0.7 keeps
#: one of them, 1.0 is no override).
LEAD_OVERRIDE_SHARE = 0.5
#: A lone comment outside the story's ``<article>`` element yields to the best container in such an element, named
#: for no reply, that scores at least this share of it (:func:`_story_over_comment`; trafilatura-eval t0118: a
#: podcast episode's notes, their best paragraph 188 beside a listener's one comment, 390).
STORY_OVER_COMMENT_SHARE = 0.3
#: Class/id words of a summary box (standfirst, dek) that repeats the page's description beside the body.
_SUMMARY_TOKENS = frozenset(
    (
        "summary", "description", "desc", "excerpt", "standfirst", "dek", "lead", "lede", "intro", "subtitle",
        "subhead", "abstract", "teaser", "zy", "zhaiyao", "daodu",
    )
)
#: Levels of kinds the lead's part must share with the best container's part below their common ancestor, when
#: the lead's part is the shallower, to be parts of one text (:func:`_part_of_same_make`). A paper's abstract and
#: its reference list, one level deeper, both sit in ``section>div.c-article-section>div.c-article-section__content``
#: (trafilatura-eval t0431 1/3 -> 3/3; 1 scores alike on every dev page).
MAKE_MIN_LEVELS = 2


def _container_path(page: Page, cid: int) -> list[str]:
    """The path segments from the page's root down to container ``cid``."""
    block = page.first_under(cid)
    return block.path.split(">")[: containers(block).index(cid) + 1]


def _outside_furniture_tags(page: Page, tree: Tree, best: int) -> int:
    """Stage 2, when ``best`` sits in a furniture element (``<aside>``, ``<nav>``, ``<footer>``, ``<header>``): the
    best container under no furniture hint that scores :data:`HINTLESS_BELOW`, if any. A furniture tag says what
    its box is unambiguously (class words may be a layout's), yet a long activity stream in a sidebar keeps
    more than the posts of a short thread even at :data:`NEGATIVE_HINT_FACTOR`."""
    if not any(label_tag(label) in NEGATIVE_TAGS for label in _container_path(page, best)):
        return best
    rivals = sorted((c for c, score in tree.scores.items() if score >= HINTLESS_BELOW), key=tree.scores.__getitem__)
    return next(
        (c for c in reversed(rivals) if path_demotion(">".join(_container_path(page, c)), 0) == 0), best
    )


def _named_article(page: Page, tree: Tree) -> int | None:
    """The best container named as the article (:func:`label_hint` of its own segment positive) that holds text
    (:data:`NAMED_TEXT_MIN_SCORE`), under no furniture or overlay hint; None without one."""
    held = (c for c, score in tree.scores.items() if score > NAMED_TEXT_MIN_SCORE)
    for cid in sorted(held, key=tree.scores.__getitem__, reverse=True):
        labels = _container_path(page, cid)
        if label_hint(labels[-1]) > 0 and path_demotion(">".join(labels), 0) == 0:
            return cid
    return None


def _is_overlay(page: Page, cid: int) -> bool:
    """Whether container ``cid`` is an overlay or sits in one (a modal, a dialog, a hidden element)."""
    return path_demotion(">".join(_container_path(page, cid)), 0) == OVERLAY_HINT


@lru_cache(maxsize=8192)
def _article_element_at(path: str) -> int:
    """Position of the outermost ``<article>`` or ``<main>`` segment of ``path``; -1 without one."""
    tags = [label_tag(label) for label in path.split(">")]
    return next((j for j, tag in enumerate(tags) if tag in ARTICLE_TAGS), -1)


def _article_element_rival(page: Page, tree: Tree, best: int) -> int:
    """Stage 2, when the page marks its text with ``<article>`` or ``<main>`` and ``best`` sits outside both: the
    best container inside them that scores :data:`ARTICLE_ELEMENT_SHARE` of ``best``, if any. A box outside the
    marked text that outscores it is a site's notice or a consent dialog with generated class names (no hint
    catches them). Not when ``best`` is named as replies: a thread of comments beside the story it answers is
    the thread stage's to judge."""
    labels = _container_path(page, best)
    if _article_element_at(">".join(labels)) >= 0 or any(names_reply(label) for label in labels):
        return best
    rival, most = best, ARTICLE_ELEMENT_SHARE * tree.scores[best]
    for block in page.blocks:
        at = _article_element_at(block.path)
        if at >= 0:
            for cid in reversed(containers(block)[at:]):
                if tree.scores[cid] >= most and (rival == best or tree.scores[cid] > most):
                    rival, most = cid, tree.scores[cid]
    return rival


def _story_over_comment(page: Page, tree: Tree, best: int) -> int:
    """Stage 2, when ``best`` is a single comment (:func:`_single_reply`) under no ``<article>`` element but its
    own: the best container inside an ``<article>`` element, with no segment named as a reply, that scores
    :data:`STORY_OVER_COMMENT_SHARE` of ``best``, if any. A blog marks its post and each comment with
    ``<article>`` (WordPress's ``article.post`` and ``article.comment-body``): one long comment under a short post
    of links (a podcast's show notes) had outscored it. A thread of comments is the thread stage's to judge, and a
    forum set in a page's ``<article>`` (a Q&A plugin, bbPress) is that page's text."""
    labels = _container_path(page, best)
    named = [j for j, label in enumerate(labels) if names_reply(label)]
    if not named or not named[-1] or not _single_reply(page, best, named[-1]):
        return best
    if any(label_tag(label) == "article" and not names_reply(label) for label in labels):
        return best
    above = _ancestors_of(tree, best)
    rival, most = best, STORY_OVER_COMMENT_SHARE * tree.scores[best]
    for cid, score in tree.scores.items():
        if score < most or cid in above:
            continue
        path = _container_path(page, cid)
        if story_element_at(">".join(path)) >= 0 and not any(names_reply(label) for label in path):
            rival, most = cid, score
    return rival


def _single_reply(page: Page, cid: int, j: int) -> bool:
    """Whether container ``cid``, whose segment ``j`` is the innermost named as a reply, holds a single reply: that
    element has no sibling of its kind (:func:`element_kind`), and ``cid`` holds no two elements of one kind named as
    replies (a comment list)."""
    first = page.first_under(cid)
    parent, kind = containers(first)[j - 1], element_kind(first.path.split(">")[j])
    siblings: set[int] = set()
    replies: dict[str, set[int]] = {}  # by kind
    for block in page.blocks:
        ids, labels = containers(block), block.path.split(">")  # of one length
        if parent in ids and (at := ids.index(parent) + 1) < len(ids) and element_kind(labels[at]) == kind:
            siblings.add(ids[at])
        if cid in ids:
            for at in range(ids.index(cid) + 1, len(ids)):
                if names_reply(labels[at]):
                    replies.setdefault(element_kind(labels[at]), set()).add(ids[at])
    return len(siblings) < 2 and all(len(units) < 2 for units in replies.values())


def _ancestors_of(tree: Tree, cid: int) -> set[int]:
    """The containers above ``cid``, by the tree's parent links."""
    out: set[int] = set()
    parent = tree.parents.get(cid)
    while parent is not None and parent not in out:
        out.add(parent)
        parent = tree.parents.get(parent)
    return out


def _lead_container(page: Page, tree: Tree, values: list[float], best: int, lead: int) -> int:
    """The best-scoring container of the ``lead`` block instead of ``best`` when ``best`` does not hold the
    lead and the lead's container is a real rival (a share :data:`LEAD_OVERRIDE_SHARE` of its score): a
    stream of full-text teasers outweighs a short article. When both sit in the ``<article>`` element holding the
    lead's container, they are the lead's part and the body's part of one story: the lowest container holding both
    wins (:func:`_joined_in_story`). A lead in a summary box (class/id words of :data:`_SUMMARY_TOKENS`) is
    a standfirst set apart from the body and changes nothing, and so is a lead standing loose in an element that
    holds ``best``. When ``best`` goes on from the lead's container (:func:`_continued_part`), the lowest container
    holding both wins, whatever their scores. When ``best`` holds the lead, the body beside it may join it
    (:func:`_body_beside_lead`)."""
    chain = containers(page.blocks[lead])
    if best in chain:
        return _body_beside_lead(page, tree, values, best, lead)
    shared = _ancestors_of(tree, best)
    own = [cid for cid in chain if cid not in shared]  # below the common ancestor: the lead's side only
    if not own:  # the lead stands loose in an element holding ``best`` (a blog's "Posted by … on <date>" line
        return best  # in ``main`` over the entry's text box, unseen-en8): no container of its own rivals it
    held = max(own, key=lambda cid: tree.scores.get(cid, float("-inf")))
    labels = page.blocks[lead].path.split(">")[chain.index(own[0]) :]  # the lead's side, summary box included
    if any(t in _SUMMARY_TOKENS for label in labels for t in label_tokens(label)):
        return best
    if _continued_part(page, held, best):
        return chain[chain.index(own[0]) - 1]
    if tree.scores[held] >= LEAD_OVERRIDE_SHARE * tree.scores[best]:
        return _joined_in_story(page, held, best) or held
    return _part_of_same_make(page, best, lead, chain.index(own[0]) - 1)


def _continued_part(page: Page, held: int, best: int) -> bool:
    """``best`` goes on where the lead's container ``held`` stops: the first block of one follows the last block
    of the other with no block between them, and each holds nothing but paragraphs (``<p>``) standing right in it.
    An archive's story set its first four paragraphs in one box and the rest, after an ad slot, in another (a
    2009 Los Angeles Times page): the lead's box, a close rival by the lead's bonus, won alone and the story lost
    ten paragraphs. A stream of teasers sets each item in a box of its own (or a heading over its summary), so no
    stream is one box of bare paragraphs."""
    spans = [[i for i, block in enumerate(page.blocks) if block.within(cid)] for cid in (held, best)]
    if not all(spans) or not _bare_paragraphs(page, spans[0], held) or not _bare_paragraphs(page, spans[1], best):
        return False
    first, second = sorted(spans)
    return first[-1] + 1 == second[0]


def _bare_paragraphs(page: Page, span: list[int], cid: int) -> bool:
    """Every block of ``span`` is a paragraph (``<p>``) standing right in container ``cid``."""
    return all(page.blocks[i].tag == "p" and page.blocks[i].parent == cid for i in span)


def _joined_in_story(page: Page, one: int, other: int) -> int | None:
    """The lowest container holding both ``one`` and ``other`` when it is the ``<article>`` element ``one`` sits in
    (:func:`story_element_at`) or lies inside it; None when they meet above it or ``one`` sits in none."""
    first = page.first_under(one)
    chain, others = containers(first), containers(page.first_under(other))
    shared = common_length(chain, others)  # containers both hold
    at = story_element_at(first.path)
    return chain[shared - 1] if 0 <= at < shared else None


def _body_beside_lead(page: Page, tree: Tree, values: list[float], best: int, lead: int) -> int:
    """Stage 2, when ``best`` holds the ``lead`` block inside an ``<article>`` element (:func:`story_element_at`):
    the lowest container holding it and the best container beside it there (neither holds the other) when that one
    outscores ``best`` once the lead's bonus (:data:`LEAD_BONUS`) is taken away. The bonus picks the story among
    rivals, not one of its parts: a short story whose headline, dateline and lead sit in one box and whose
    paragraphs sit in a sibling box of the same ``<article>`` would otherwise lose its paragraphs.
    A rival holds neither ``best`` nor the lead, so the bonus is no part of its score, and it takes at most the
    bonus from ``best``'s (a block counts at most fully in any container): the page is scored again without the
    bonus only when a rival comes that close."""
    first = page.first_under(best)
    at = story_element_at(first.path)
    if at < 0 or containers(first).index(best) <= at:
        return best
    article, own, scores = containers(first)[at], _ancestors_of(tree, best), tree.scores
    rival, most = best, float("-inf")
    for block in page.blocks:
        chain = containers(block)
        if article not in chain or best in chain:
            continue
        for cid in chain[chain.index(article) + 1 :]:
            if cid not in own and scores[cid] > most:
                rival, most = cid, scores[cid]
    if rival == best or most <= scores[best] - LEAD_BONUS:
        return best
    bare = list(values)
    bare[lead] -= LEAD_BONUS
    if most <= score_tree(page, bare).scores[best]:
        return best
    return _joined_in_story(page, best, rival) or best


def _part_of_same_make(page: Page, best: int, lead: int, common_at: int) -> int:
    """The lowest container holding both ``best`` and the ``lead`` block when the lead sits in a container of the
    same make below it (the same kinds, :func:`element_kind`, level by level down to ``best``'s depth, or to the
    lead's own element when that is shallower, at least :data:`MAKE_MIN_LEVELS` levels): one article split into
    parts by a figure, an ad or a table of contents, whose first part the page's summary opens; or a paper's
    sections, whose abstract the summary opens while the reference list, a list one level deeper, scores most.
    Else ``best``. ``common_at`` is the position of the lowest shared container on the lead's chain."""
    first, block = page.first_under(best), page.blocks[lead]
    chain, lead_chain = containers(first), containers(block)
    if common_at < 0 or lead_chain[common_at] not in chain:
        return best
    top_at = chain.index(lead_chain[common_at])
    depth = chain.index(best) - top_at
    labels, lead_labels = first.path.split(">"), block.path.split(">")
    above_lead = len(lead_labels) - 2 - common_at  # levels between the common ancestor and the lead's element
    if depth > above_lead:
        if above_lead < MAKE_MIN_LEVELS:
            return best
        depth = above_lead
    if not 0 < depth <= GROW_LEVELS:
        return best
    part = [element_kind(x) for x in labels[top_at + 1 : top_at + depth + 1]]
    lead_part = [element_kind(x) for x in lead_labels[common_at + 1 : common_at + depth + 1]]
    return lead_chain[common_at] if part == lead_part else best


@dataclass(slots=True)
class Box:
    """The best container and the scoring it won by: growth weighs the prose around it with the same values."""

    top: int
    tree: Tree
    values: list[float]


def best_box(page: Page, stats: list[Stats], lead: int | None) -> Box | None:
    """Stage 2: the best container, ``None`` on a page without blocks.
    When no container scores above :data:`HINTLESS_BELOW` with hints (everything sits in a "modal", or in an
    element hidden until a script runs), the hints were wrong: score without them; unless the text that wins so is
    an overlay while a container named as the article holds text (:func:`_named_article`): the page then has a
    short article beside its dialog (a report form, a login box), and the hints were right: that container wins.
    Otherwise a best container in a furniture element yields to the best one outside furniture
    (:func:`_outside_furniture_tags`), and one outside the page's ``<article>``/``<main>`` to one inside
    (:func:`_article_element_rival`); a ``lead`` block (see :func:`~newsmend.content.values.lead_block`) may move
    it (:func:`_lead_container`)."""
    values = block_values(page, stats, lead)
    tree = score_tree(page, values)
    if not tree.scores:
        return None
    best = max(tree.scores, key=tree.scores.__getitem__)
    if tree.scores[best] < HINTLESS_BELOW:
        bare_values = block_values(page, stats, lead, hints=False)
        bare = score_tree(page, bare_values)
        bare_best = max(bare.scores, key=bare.scores.__getitem__)
        if bare.scores[bare_best] > tree.scores[best]:
            named = _named_article(page, tree) if _is_overlay(page, bare_best) else None
            if named is None:
                values, tree, best = bare_values, bare, bare_best
            else:
                best = named
    else:
        best = _outside_furniture_tags(page, tree, best)
        best = _article_element_rival(page, tree, best)
        best = _story_over_comment(page, tree, best)
    if lead is not None:
        best = _lead_container(page, tree, values, best, lead)
        best = _around_slideshow(page, stats, best, lead)
    return Box(best, tree, values)


def _around_slideshow(page: Page, stats: list[Stats], best: int, lead: int) -> int:
    """The lowest container holding ``best`` and the ``lead`` block, within :data:`GROW_LEVELS` of ``best``, when
    ``best`` misses the lead and holds a slideshow set in the text there
    (:func:`~newsmend.content.values.slideshow_in_text`): fifty slides' captions outweigh the story they sit in
    (readability-testpages bug-1255978, a gallery of the week's business news in a travel story, 0.025 -> 0.903
    with pruning's drop of the slideshow). Else ``best``."""
    lead_chain = containers(page.blocks[lead])
    if best in lead_chain:
        return best
    chain = containers(page.first_under(best))
    shared = common_length(chain, lead_chain)
    if not shared or chain.index(best) - (shared - 1) > GROW_LEVELS:
        return best
    around = chain[shared - 1]
    show = slideshow_in_text(page, stats, [i for i, b in enumerate(page.blocks) if b.within(around)])
    return around if show is not None and page.first_under(show).within(best) else best
