"""Main-content selection on HTML pages: which blocks are the article.

The :class:`Selection` is the contract between content selection (this package for HTML,
``newsmend.textpage`` for plain text) and field extraction (``newsmend.fields``).

Selection on HTML pages, in stages:
  0. A container named like furniture that holds nearly all of the page's prose is its wrapper: the name goes.
  1. Each block gets a value: its non-link text, full when it reads like prose (sentence punctuation,
     CJK-aware) and reduced otherwise, minus its link text (not an attached file's name and size) and a fixed cost
     per block (menus, counters and tag clouds are many short blocks), reduced under containers whose class/id/tag
     says boilerplate.
  2. Every DOM container gets a decayed score (its blocks count fully for their own element, half for the parent
     ...); the best one is the densest cluster of prose (outside ``<aside>``, ``<nav>``, ``<footer>`` and
     ``<header>`` when a container there holds two sentences; inside the page's ``<article>`` or ``<main>`` when one
     there is a tenth as good), unless the page's own summary (``og:description``) opens a block elsewhere whose
     container is a close rival (teaser streams) or of the same make (an article split in parts: both are taken); in
     one ``<article>`` element the lead's part and the body's part are both taken, also when the lead's part wins
     only by the lead's bonus. When nothing scores two sentences the hints are dropped (the text sits in a box named
     like furniture, or hidden), unless that puts an overlay first while a container named as the article holds
     text.
  3. A winning code block moves up to the text showing it, a winning poster's signature to the post it signs; then it
     grows to the ancestor (a few levels up) under which containers of its own kind hold the most text, when that is a
     real share of it: the other posts of a thread, short replies included, or the other parts of a split article; a
     thread (or a list of replies that wins alone, keeping of the story above it what the page's summary opens) also
     takes the post before it that it answers and, when they are named as such, replies of another make after it
     (further off when they outweigh it; with a second shape of their posts, the comments and the replies nested in
     them, when both name their text element as a reply's; and, when the page marks a schema.org Question item, its
     Answer items and comments, however far or few, or the question an unanswered one's comment stands under); a
     quotation, list or table moves up to its parent when prose sits beside it, a paragraph when a sibling paragraph is
     prose, a ``<section>`` to its parent when its sibling sections hold prose, and an article's text to the element its
     microdata names as its body (``itemprop="articleBody"``) when it closes that element.
  4. Inside it, link lists and blocks that are boilerplate by hint or by wording are dropped (prose under a furniture
     hint only when boxes of that kind hold little of the article's prose; list items that are linked sentences stay
     when article prose follows them, and so do a web or e-mail address the text prints, the linked entries of the
     text's numbered or marked lists, and in a thread a post's line labelling its one link or printing the addresses it
     links); in a thread, so are the short lines outside the posts (author, date, counters) unless a line of prose
     shares their paragraph, a post's info line (its date and clock time), its edit note and a signature set beside its
     text; a deleted or hidden post's notice and a thread's summary notice go anywhere; in an article, a pull quote or a
     list of sentences lifted from the text, and a card for another story; headings and label lines over what was
     dropped go with it, and so do short lines left alone in a box whose other lines went. A lead paragraph set apart
     just above it joins it, and so does the one the page's own summary opens past a fact box of short lines.

Each stage is a module, called in order by :func:`~newsmend.content.selector.select_main`:
  ``wrappers``  stage 0: which furniture names are the page's wrapper and leave the paths.
  ``values``    stage 1: each block's measures (:class:`~newsmend.content.values.Stats`) and value; the lead block.
  ``scores``    stage 2: every container's decayed score and undecayed sum.
  ``best``      stage 2: the best container and the rivals that replace it.
  ``growth``    stage 3: how far it grows (code blocks, thread, split parts, question items, quotations, sections,
                the microdata-marked body).
  ``pruning``   stage 4: which blocks inside it are text.
  ``selector``  the orchestrator and the :class:`~newsmend.content.selector.Selection` contract.
  ``paths``     what a block's path says (containers, tags, kinds, furniture hints), shared by all stages.
"""

from newsmend.content.paths import HEADINGS, TABLE_CELLS, containers, element_kind, is_furniture, label_tag
from newsmend.content.selector import Selection, select_main

__all__ = [
    "HEADINGS",
    "TABLE_CELLS",
    "Selection",
    "containers",
    "element_kind",
    "is_furniture",
    "label_tag",
    "select_main",
]
